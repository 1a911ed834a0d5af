import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { SpecHost } from './host.ts';

/**
 * Exports through the dialog (the toolbar's Export opens it; the boxes pick the formats), with the host's save
 * dialog answered by `basePath`. Returns the files the dialog lists as written.
 */
export async function exportVia(page: Page, host: SpecHost, formats: readonly ('docx' | 'pdf')[], basePath: string): Promise<string[]> {
  await page.getByTestId('command-export').click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  for (const format of ['docx', 'pdf'] as const) {
    const box = dialog.getByRole('checkbox', { name: new RegExp(format, 'i') });
    if ((await box.isChecked()) !== formats.includes(format)) await box.click();
  }
  host.answerDialog(basePath);
  await page.getByTestId('export-run').click();
  const done = page.getByTestId('export-done');
  await Promise.race([
    done.waitFor({ timeout: 120_000 }),
    page
      .getByTestId('export-failed')
      .waitFor({ timeout: 120_000 })
      .then(async () => {
        throw new Error(`export failed: ${await page.getByTestId('export-failed').innerText()}`);
      }),
  ]);
  const files = await page.getByTestId('export-file').evaluateAll((items) => items.map((item) => item.getAttribute('data-path') ?? ''));
  expect(files).toHaveLength(formats.length);
  return files;
}

/** "Open" and "Show in folder" on the first exported file ask the host to do just that. */
export async function openAndReveal(page: Page, host: SpecHost, file: string): Promise<void> {
  const row = page.locator(`[data-testid="export-file"][data-path="${file.replace(/"/g, '\\"')}"]`);
  await row.getByRole('button', { name: /open|打开/i }).first().click();
  await row.getByRole('button', { name: /folder|文件夹/i }).click();
  await expect.poll(() => host.shellOpened()).toContain(file);
  await expect.poll(() => host.shellRevealed()).toContain(file);
}

export async function closeExportDialog(page: Page): Promise<void> {
  await page.getByTestId('export-run').click();
  await page.getByRole('dialog').waitFor({ state: 'detached' });
}
