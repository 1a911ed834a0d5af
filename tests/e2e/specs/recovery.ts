import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { isDirty } from './app.ts';
import type { SpecHost } from './host.ts';

/** How much typing a crash may lose (the issue: at most about 2 s). */
export const RECOVERY_WINDOW_MS = 2000;

/**
 * Ends the window as a crash would: nothing runs on the way out (no beforeunload, no pending timers), whatever
 * was not written by then is gone. The harness kills the renderer process itself (see E2EHarness.crash).
 */
export async function crash(page: Page, host: SpecHost): Promise<void> {
  await host.crash(page);
}

/**
 * After a restart, the welcome view offers the unsaved briefing; Restore first shows what it would bring back
 * (the preview, returned so a spec can read it) and nothing is replaced until the user confirms.
 */
export async function openRestorePreview(page: Page, title: string): Promise<Locator> {
  const list = page.getByTestId('recovered-list');
  await list.waitFor();
  const entry = list.locator('li', { hasText: title });
  await entry.getByRole('button', { name: /restore|恢\s?复/i }).click();
  const preview = page.getByTestId('restore-preview');
  await preview.waitFor();
  await expect.poll(() => page.getByTestId('restore-confirm').isEnabled()).toBe(true);
  expect(await page.getByTestId('editor').count()).toBe(0);
  return preview;
}

/** After a restart, the welcome view offers the unsaved briefing; restoring it brings back `title`. */
export async function restoreOffered(page: Page, title: string): Promise<void> {
  await openRestorePreview(page, title);
  await page.getByTestId('restore-confirm').click();
  await page.getByTestId('editor').waitFor();
  await expect.poll(() => page.locator('#meta-title').inputValue()).toBe(title);
  // Restored work is unsaved work.
  expect(await isDirty(page)).toBe(true);
}

/**
 * Closing a window with unsaved changes asks first: in the browser harness the renderer's beforeunload guard
 * raises the browser's dialog (in Electron the host's close guard asks, from what window:setState said).
 */
export async function closingAsksFirst(page: Page, host: SpecHost): Promise<void> {
  expect(await isDirty(page)).toBe(true);
  expect(host.lastWindowState()?.dirty).toBe(true);
  const asked = new Promise<string>((resolve) => page.once('dialog', (dialog) => void dialog.dismiss().then(() => resolve(dialog.type()))));
  await page.close({ runBeforeUnload: true });
  expect(await asked).toBe('beforeunload');
  // Dismissed: the window and its work are still there.
  expect(page.isClosed()).toBe(false);
  await page.getByTestId('editor').waitFor();
}
