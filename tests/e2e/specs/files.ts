import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { eventually, expectSaved, isDirty, press, select } from './app.ts';
import type { SpecHost } from './host.ts';

/** Types into the details form's title field (replacing what is there). */
export async function setTitle(page: Page, title: string): Promise<void> {
  await select(page, 'details');
  await page.locator('#meta-title').fill(title);
  await eventually(() => page.locator('#meta-title').inputValue(), (value) => value === title);
}

/** First save: Ctrl+S asks where (the host's dialog), writes the file, and the status bar says saved. */
export async function saveAs(page: Page, host: SpecHost, file: string): Promise<void> {
  host.answerDialog(file);
  await press(page, 'Mod+S');
  await expectSaved(page);
  expect(host.lastWindowState()?.dirty).toBe(false);
}

/** Ctrl+O, the dialog answers with `file`, and the editor shows it saved. */
export async function openFile(page: Page, host: SpecHost, file: string): Promise<void> {
  host.answerDialog(file);
  await press(page, 'Mod+O');
  await page.getByTestId('editor').waitFor();
  await eventually(() => page.locator('[data-testid="status-saved"]').count(), (n) => n === 1);
  await expectSaved(page);
}

/** Closes the open briefing (New), back to the welcome view, without a question when it is saved. */
export async function backToWelcome(page: Page): Promise<void> {
  expect(await isDirty(page)).toBe(false);
  await press(page, 'Mod+N');
  await page.getByTestId('welcome').waitFor();
}

/** The welcome view lists the file under recent files, and clicking it opens it. */
export async function reopenFromRecent(page: Page, fileName: string): Promise<void> {
  const entry = page.getByTestId('recent-list').getByRole('button', { name: fileName });
  await entry.click();
  await page.getByTestId('editor').waitFor();
}
