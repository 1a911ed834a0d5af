import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** Ctrl, or Cmd on macOS: the `Mod` of the app's shortcuts. */
export const MOD = process.platform === 'darwin' ? 'Meta' : 'Control';

export async function press(page: Page, chord: string): Promise<void> {
  await page.keyboard.press(chord.replace('Mod', MOD));
}

/** Waits for a condition that the UI reaches on its own (debounced preview, autosave, a host round trip). */
export async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  let value = await read();
  while (!check(value)) {
    if (Date.now() > until) throw new Error(`condition not met within ${timeoutMs} ms; last value: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}

export const outlineEntry = (page: Page, type: string): Locator => page.getByTestId(`outline-${type}`).first();

/** Shows a section's editor (or the details form, `details`) by clicking its name in the outline. */
export async function select(page: Page, type: string): Promise<void> {
  const entry = type === 'details' ? page.getByTestId('outline-details') : outlineEntry(page, type).locator('.bc-outline-label');
  await entry.click();
}

/** Whether the status bar says the briefing has unsaved changes. */
export async function isDirty(page: Page): Promise<boolean> {
  return (await page.getByTestId('status-saved').getAttribute('data-dirty')) === 'true';
}

export async function expectSaved(page: Page): Promise<void> {
  await eventually(() => isDirty(page), (dirty) => !dirty);
}

/** The section types in the outline, top to bottom. */
export async function outlineTypes(page: Page): Promise<string[]> {
  const ids = await page.locator('.bc-outline-row').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-testid') ?? ''));
  return ids.map((id) => id.replace(/^outline-/, ''));
}

/** The number of pages the live preview shows, once it has shown any. */
export async function previewPages(page: Page): Promise<number> {
  const value = await eventually(
    () => page.getByTestId('preview-pages').getAttribute('data-pages'),
    (pages) => Boolean(pages),
  );
  return Number(value);
}

/** The text of the preview's print HTML (the iframe on show). */
export async function previewText(page: Page): Promise<string> {
  return page.frameLocator('[data-testid="preview-frame"]').locator('body').innerText();
}

export function expectNoErrors(errors: readonly string[]): void {
  expect(errors, `page errors and console errors:\n${errors.join('\n')}`).toEqual([]);
}
