import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveBriefing } from '../../core/node/briefingFile.ts';
import type { BriefingDocument } from '../../core/model/index.ts';
import { E2EHarness } from '../e2e-harness/harness.ts';
import { largeDocument } from '../fixtures/large.ts';
import { expectNoErrors } from './specs/app.ts';
import { openFile } from './specs/files.ts';

/** Every exportProgress event the page's window.briefing delivers, recorded by a listener of the page's own. */
async function recordProgress(page: Page): Promise<void> {
  await page.evaluate(`(() => {
    window.__progressSeen = [];
    window.briefing.on('exportProgress', (p) => window.__progressSeen.push(p.format ? p.format + '.' + p.step : p.step));
  })()`);
}
const progressSeen = (page: Page) => page.evaluate<string[]>('window.__progressSeen');

async function openDocument(page: Page, harness: E2EHarness, doc: BriefingDocument, name: string): Promise<string> {
  const file = path.join(harness.workDir, name);
  await saveBriefing(file, doc);
  await openFile(page, harness, file);
  return file;
}

/** Opens the export dialog with just these formats ticked, the host's save dialog answered with `base`. */
async function startExport(page: Page, harness: E2EHarness, formats: readonly ('docx' | 'pdf')[], base: string): Promise<void> {
  await page.getByTestId('command-export').click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  for (const format of ['docx', 'pdf'] as const) {
    const box = dialog.getByRole('checkbox', { name: new RegExp(format, 'i') });
    if ((await box.isChecked()) !== formats.includes(format)) await box.click();
  }
  harness.answerDialog(base);
  await page.getByTestId('export-run').click();
}

const step = (page: Page, key: string) => page.locator(`[data-testid="export-step"][data-step="${key}"]`);

/** Issue 9, item 9: the export shows each step the host reports, and Cancel stops it leaving nothing behind. */
describe('export progress and Cancel', () => {
  let harness: E2EHarness;
  let zh: E2EHarness;
  beforeAll(async () => {
    [harness, zh] = await Promise.all([E2EHarness.start({ language: 'en' }), E2EHarness.start({ language: 'zh-CN' })]);
  });
  afterAll(() => Promise.all([harness.close(), zh.close()]));

  it('an export that completes shows each step, in the host order, as the host reports it', { timeout: 240_000 }, async () => {
    const page = await harness.openApp();
    await openDocument(page, harness, largeDocument({ pages: 24, photos: 6, language: 'en' }), 'report.briefing');
    await recordProgress(page);
    const base = path.join(harness.workDir, 'report-out');
    await startExport(page, harness, ['docx', 'pdf'], base);
    // While Chromium prints, the list says so: the earlier steps are done, writing the files is still to come.
    await step(page, 'pdf.printing').and(page.locator('[data-state="active"]')).waitFor({ timeout: 120_000 });
    expect(await step(page, 'checking').getAttribute('data-state')).toBe('done');
    expect(await step(page, 'docx.building').getAttribute('data-state')).toBe('done');
    expect(await step(page, 'pdf.written').getAttribute('data-state')).toBe('waiting');
    await page.getByTestId('export-done').waitFor({ timeout: 180_000 });
    const steps = await page.getByTestId('export-step').evaluateAll((items) => items.map((item) => [item.getAttribute('data-step'), item.getAttribute('data-state')]));
    const order = ['checking', 'docx.building', 'pdf.layout', 'pdf.printing', 'docx.written', 'pdf.written'];
    expect(steps).toEqual(order.map((key) => [key, 'done']));
    expect(await page.getByTestId('export-steps').innerText()).toContain('PDF: printing the pages');
    // The page got every event, in order, through window.briefing.on (the last ones may land after the result).
    await expect.poll(() => progressSeen(page)).toEqual(order);
    expect(harness.exportProgress.map((p) => (p.format ? `${p.format}.${p.step}` : p.step))).toEqual(order);
    expect((await readdir(harness.workDir)).sort()).toEqual(['report-out.docx', 'report-out.pdf', 'report.briefing']);
    expectNoErrors(harness.errors);
  });

  it('Cancel while a long PDF prints stops it: "已取消", and no file or temp file in the folder', { timeout: 300_000 }, async () => {
    const page = await zh.openApp();
    await openDocument(page, zh, largeDocument({ pages: 100, photos: 40, language: 'zh-CN' }), '长简报.briefing');
    const before = await readdir(zh.workDir);
    await startExport(page, zh, ['pdf'], path.join(zh.workDir, '长简报导出'));
    await step(page, 'pdf.printing').and(page.locator('[data-state="active"]')).waitFor({ timeout: 120_000 });
    expect(await step(page, 'pdf.layout').getAttribute('data-state')).toBe('done');
    await page.getByTestId('export-cancel').click();
    const canceled = page.getByTestId('export-canceled');
    await canceled.waitFor({ timeout: 60_000 });
    expect(await canceled.innerText()).toContain('已取消');
    expect(await page.getByTestId('export-done').count()).toBe(0);
    // Nothing written: no PDF, and no hidden temp file of an atomic write either.
    expect(await readdir(zh.workDir)).toEqual(before);
    // The dialog is usable again: Export is offered, and closing it needs no second Cancel.
    expect(await page.getByTestId('export-run').isEnabled()).toBe(true);
    await page.getByTestId('export-close').click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    expectNoErrors(zh.errors);
  });
});
