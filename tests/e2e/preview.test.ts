import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2EHarness } from '../e2e-harness/harness.ts';
import { expectNoErrors, outlineEntry, previewPages, previewText } from './specs/app.ts';
import { closeExportDialog, exportVia, openAndReveal } from './specs/exporting.ts';
import { openFile } from './specs/files.ts';
import { previewFolios, previewFollowsTyping, previewIsSandboxed, previewPhotosLoaded, showPageBreak, zoomTo } from './specs/preview.ts';
import { screenshot } from './screenshots.ts';

const EXAMPLES = path.resolve(import.meta.dirname, '../../examples');

async function pdfPages(file: string): Promise<number> {
  return (await PDFDocument.load(await readFile(file), { updateMetadata: false })).getPageCount();
}

/** The live preview against the real PDF: same print HTML, and the on-screen pagination must match Chromium's. */
describe('live preview', () => {
  let harness: E2EHarness;
  beforeAll(async () => {
    harness = await E2EHarness.start();
  });
  afterAll(() => harness.close());

  it.each([
    ['industry-visit-zh', '— 1 —'],
    ['guangxi-visit', 'Page 1 of'],
  ])('%s: the preview shows as many pages as the exported PDF has, numbered as printed', async (example, firstFolio) => {
    const page = await harness.openApp();
    await openFile(page, harness, path.join(EXAMPLES, example, 'briefing.json'));
    const shown = await previewPages(page);
    await previewIsSandboxed(page);
    const folios = await previewFolios(page);
    expect(folios).toHaveLength(shown);
    expect(folios[0]).toContain(firstFolio);
    expect(await previewPhotosLoaded(page)).toBeGreaterThan(0);
    if (example === 'industry-visit-zh') {
      await screenshot(page, 'editor-example');
      await showPageBreak(page);
      await screenshot(page.getByTestId('preview'), 'preview');
    }

    const [docx, pdf] = await exportVia(page, harness, ['docx', 'pdf'], path.join(harness.workDir, example));
    expect(docx).toMatch(/\.docx$/);
    expect(pdf).toMatch(/\.pdf$/);
    expect(await pdfPages(pdf!)).toBe(shown);
    await openAndReveal(page, harness, pdf!);
    await closeExportDialog(page);
    await page.close();
    expectNoErrors(harness.errors);
  });

  it('after opening, the hidden frame holds the document too, so the first edit replaces one block there, not every page', async () => {
    const page = await harness.openApp();
    await openFile(page, harness, path.join(EXAMPLES, 'guangxi-visit', 'briefing.json'));
    await previewPages(page);
    const hidden = async () => (await page.locator('.bc-paged iframe[aria-hidden="true"]').elementHandle())!.contentFrame();
    // Marks the last block of the hidden frame's pages, once it has them (given when the editor is idle).
    await expect
      .poll(async () => (await hidden())!.evaluate('document.body.lastElementChild ? (document.body.lastElementChild.dataset.testMark = "kept", document.body.children.length) : 0'), { timeout: 10_000 })
      .toBeGreaterThan(3);
    const frame = (await hidden())!;
    await page.locator('#meta-title').click();
    await page.keyboard.press('End');
    await page.keyboard.type('!');
    await expect.poll(() => page.locator('.bc-paged iframe[aria-hidden="false"]').evaluate((el) => (el as unknown as { contentWindow: unknown }).contentWindow !== null)).toBe(true);
    // The frame that took the edit is now shown, its last block the very node marked before (only the title's block was replaced).
    await expect.poll(() => frame.evaluate('document.title.endsWith("!") && document.body.lastElementChild.dataset.testMark'), { timeout: 10_000 }).toBe('kept');
    expect(await previewText(page)).toContain('!');
    expectNoErrors(harness.errors);
  });

  it('follows typing, and leaves out a section hidden in the outline', async () => {
    const page = await harness.openApp();
    await openFile(page, harness, path.join(EXAMPLES, 'guangxi-visit', 'briefing.json'));
    await previewPages(page);
    const ms = await previewFollowsTyping(page, ' (draft)');
    expect(ms).toBeLessThan(5000);
    // A4 at 100 %: 210 mm of sheet plus 8 mm of desk either side, at 96 px per inch.
    expect(Math.round(await zoomTo(page, '100%'))).toBe(Math.round(((210 + 16) * 96) / 25.4));
    expect(Math.round(await zoomTo(page, '50%'))).toBe(Math.round(((210 + 16) * 96) / 25.4 / 2));

    const followUps = outlineEntry(page, 'followUps');
    const heading = (await followUps.locator('.bc-outline-label').innerText()).trim();
    expect(await previewText(page)).toContain(heading);
    await followUps.getByTestId('outline-visibility').click();
    await expect.poll(() => previewText(page)).not.toContain(heading);
    expectNoErrors(harness.errors);
  });
});
