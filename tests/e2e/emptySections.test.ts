import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2EHarness } from '../e2e-harness/harness.ts';
import { pdfText } from './readBack.ts';
import { expectNoErrors, previewText, select } from './specs/app.ts';
import { closeExportDialog, exportVia } from './specs/exporting.ts';
import { writeSummary } from './specs/sections.ts';
import { newBriefingFromTemplate } from './specs/welcome.ts';

/**
 * Issue 10, item 4: the live preview shows each empty section greyed, where it stands, with a note that it will
 * not be printed; once it has content it prints as any other; the exported PDF never has the empty ones.
 */
const HEADINGS = ['参加人员', '调研行程', '座谈交流', '现场图片', '总结', '下一步工作', '发送范围'];
const NOTE = '本节为空，不会打印';
const squeeze = (text: string) => text.replace(/\s+/g, '');

describe('empty sections in the preview', () => {
  let harness: E2EHarness;
  beforeAll(async () => {
    harness = await E2EHarness.start({ language: 'zh-CN' });
  });
  afterAll(() => harness.close());

  it('are greyed with a note in a new briefing, print once filled, and stay out of the PDF', async () => {
    const page = await harness.openApp();
    await newBriefingFromTemplate(page, 'cn-work-briefing');
    const empty = page.frameLocator('[data-testid="preview-frame"]').locator('.bc-empty-section');
    await expect.poll(() => empty.count(), { timeout: 20_000 }).toBe(HEADINGS.length);
    const shown = await empty.allInnerTexts();
    expect(shown.map((text) => squeeze(text).replace(NOTE, ''))).toEqual(HEADINGS);
    for (const text of shown) expect(text).toContain(NOTE);
    // Greyed: the section's text is a mid grey, not the template's near-black.
    // Runs in the page; the tests' tsconfig has no DOM types.
    const colours = await empty.evaluateAll((sections) =>
      sections.map((s) => (globalThis as unknown as { getComputedStyle: (e: unknown) => { color: string } }).getComputedStyle(s).color),
    );
    expect(new Set(colours)).toEqual(new Set(['rgb(140, 140, 140)']));
    // Empty sections take no number, so nothing is numbered yet.
    expect(await previewText(page)).not.toMatch(/[一二三四五六七]、/);

    const typed = '调研组一行听取了企业情况汇报。';
    await writeSummary(page, typed);
    await expect.poll(() => empty.count(), { timeout: 20_000 }).toBe(HEADINGS.length - 1);
    expect((await empty.allInnerTexts()).map(squeeze).join('')).not.toContain('总结');
    await expect.poll(async () => squeeze(await previewText(page)), { timeout: 20_000 }).toContain(`一、总结${typed}`);

    // A document needs its title before it exports.
    await select(page, 'details');
    await page.locator('#meta-title').fill('空节测试简报');
    const [pdf] = await exportVia(page, harness, ['pdf'], path.join(harness.workDir, 'empty-sections'));
    await closeExportDialog(page);
    const printed = squeeze(await pdfText(pdf!));
    expect(printed).toContain(`一、总结${typed}`);
    expect(printed).not.toContain(NOTE);
    expect(HEADINGS.filter((h) => h !== '总结' && printed.includes(h))).toEqual([]);
    await page.close();
    expectNoErrors(harness.errors);
  });
});
