/**
 * Bold without Type 3 fonts: the CJK body faces have no bold, and the bold Chromium synthesised for them printed as
 * Type 3 fonts. cn-work-briefing sets emphasis in 黑体 (GB/T 9704), the English report lists a CJK face with a real
 * bold first. Checked with pdffonts on both examples and on a Chinese briefing on the English template.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BriefingDocument } from '../core/model/index.ts';
import { openBriefing } from '../core/node/briefingFile.ts';
import { PACKAGE_ROOT } from '../core/node/paths.ts';
import { exportPdf, PdfRenderer } from '../core/node/pdf/index.ts';
import { sampleDocument } from './fixtures/briefings.ts';
import { builtinTemplate, type BuiltinTemplateId } from './fixtures/templates.ts';
import { pdfFonts } from './helpers/pdfRead.ts';

const example = (name: string) => () => openBriefing(path.join(PACKAGE_ROOT, 'examples', name, 'briefing.json'));
const CASES: [string, () => Promise<BriefingDocument>, BuiltinTemplateId][] = [
  ['examples/guangxi-visit', example('guangxi-visit'), 'en-visit-report'],
  ['examples/industry-visit-zh', example('industry-visit-zh'), 'cn-work-briefing'],
  ['the Chinese sample (bold runs, bold lead-ins, table headers)', async () => sampleDocument('zh-CN'), 'cn-work-briefing'],
  ['the Chinese sample on the English template', async () => sampleDocument('zh-CN'), 'en-visit-report'],
];

let renderer: PdfRenderer;
beforeAll(async () => {
  renderer = await PdfRenderer.launch();
});
afterAll(async () => renderer?.close());

describe.each(CASES)('the PDF of %s on %s', (_name, load, templateId) => {
  it('embeds only real fonts: no Type 3', async () => {
    const fonts = pdfFonts(await exportPdf(await load(), await builtinTemplate(templateId), renderer));
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((f) => f.type.includes('Type 3')).map((f) => f.name)).toEqual([]);
  });
});
