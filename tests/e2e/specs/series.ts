import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export interface SeriesFields {
  name: string;
  issuingOffice: string;
  lastIssue: number;
  lastTotal: number;
  report: string;
  send: string;
  copies: number;
  shared?: boolean;
}

/** Opens New issue (from the welcome view), creates a series in its form, and is back in New issue with it chosen. */
export async function createSeries(page: Page, fields: SeriesFields): Promise<void> {
  await page.getByTestId('welcome-new-issue').click();
  await page.getByTestId('new-issue-dialog').waitFor();
  await page.getByTestId('series-new').click();
  const form = page.getByTestId('series-form');
  await form.waitFor();
  await page.getByTestId('series-name').fill(fields.name);
  await page.getByTestId('series-issuingOffice').fill(fields.issuingOffice);
  if (fields.shared) await form.getByRole('radio').nth(1).check();
  await page.getByTestId('series-lastIssue').fill(String(fields.lastIssue));
  await page.getByTestId('series-lastTotal').fill(String(fields.lastTotal));
  await page.getByTestId('series-recipients-report').fill(fields.report);
  await page.getByTestId('series-recipients-send').fill(fields.send);
  await page.getByTestId('series-copies').fill(String(fields.copies));
  await page.locator('.ant-modal').filter({ has: form }).locator('.ant-modal-footer .ant-btn-primary').click();
  await form.waitFor({ state: 'detached' });
  await expect.poll(() => page.getByTestId('new-issue-next').innerText()).not.toBe('');
}

/** Takes the next number in the open New issue dialog; the editor opens on the new issue. */
export async function startIssue(page: Page): Promise<void> {
  await page.getByTestId('new-issue-start').click();
  await page.getByTestId('editor').waitFor();
}
