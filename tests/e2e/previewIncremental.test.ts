import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2EHarness } from '../e2e-harness/harness.ts';
import { expectNoErrors, previewPages, previewText } from './specs/app.ts';
import { closeExportDialog, exportVia } from './specs/exporting.ts';
import { openFile } from './specs/files.ts';

const EXAMPLE = path.resolve(import.meta.dirname, '../../examples/industry-visit-zh/briefing.json');
const pdfPages = async (file: string) => (await PDFDocument.load(await readFile(file), { updateMetadata: false })).getPageCount();

/**
 * A refresh replaces only the blocks that changed (renderer/src/preview/frame/swapIn.ts). Whatever was kept, the
 * preview must still be what a full layout gives: the same text and as many pages as the PDF, with the 版记 at
 * the foot of the last page, after edits that move page breaks and after undoing them.
 */
describe('the preview after edits', () => {
  let harness: E2EHarness;
  beforeAll(async () => {
    harness = await E2EHarness.start();
  });
  afterAll(() => harness.close());

  it('matches the exported PDF page for page after text that adds pages, and again after undo', async () => {
    const page = await harness.openApp();
    await openFile(page, harness, EXAMPLE);
    const before = await previewPages(page);
    await page.locator('.bc-outline-row[data-testid="outline-text"] .bc-outline-label').first().click();
    const body = page.getByTestId('rich-text-editable').first();
    await body.click();
    await page.keyboard.press('End');
    const added = '调研组逐项听取了企业关于用地、用能、融资和人才方面的具体诉求，并现场协调解决。'.repeat(40);
    await page.keyboard.insertText(added);
    await expect.poll(() => previewText(page), { timeout: 20_000 }).toContain(added.slice(0, 60));
    await expect.poll(() => previewPages(page), { timeout: 20_000 }).toBeGreaterThan(before);
    const grown = await previewPages(page);
    const [pdf] = await exportVia(page, harness, ['pdf'], path.join(harness.workDir, 'grown'));
    expect(await pdfPages(pdf!)).toBe(grown);
    await closeExportDialog(page);

    await body.click();
    await page.keyboard.press('Control+Z');
    await expect.poll(() => previewText(page), { timeout: 20_000 }).not.toContain(added.slice(0, 60));
    await expect.poll(() => previewPages(page), { timeout: 20_000 }).toBe(before);
    const [again] = await exportVia(page, harness, ['pdf'], path.join(harness.workDir, 'undone'));
    expect(await pdfPages(again!)).toBe(before);
    await closeExportDialog(page);
    await page.close();
    expectNoErrors(harness.errors);
  });
});
