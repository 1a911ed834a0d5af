/**
 * A URL pasted from a web page is one unbroken run of 300 Latin characters. Chromium used to shrink the whole
 * PDF to fit it (body text at ~67 %) and cut it at the margin; LibreOffice must wrap it in the DOCX as well.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDocx } from '../core/export/docx/index.ts';
import { richTextFromPlain, type BriefingDocument } from '../core/model/index.ts';
import { exportPdf, PdfRenderer } from '../core/node/pdf/index.ts';
import { sampleDocument, validBriefing } from './fixtures/briefings.ts';
import { builtinTemplate, type BuiltinTemplateId } from './fixtures/templates.ts';
import { libreOfficePdf } from './helpers/libreOfficePdf.ts';
import { pdfPages, squeeze, type PdfPage } from './helpers/pdfRead.ts';

const PT = 72 / 25.4;
const URL = `https://example.org/${Array.from({ length: 28 }, (_, i) => `segment${i}abc`).join('')}`.slice(0, 300);

function withLongUrl(language: 'zh-CN' | 'en'): BriefingDocument {
  const base = sampleDocument(language);
  const b = structuredClone(base.briefing);
  const lead = language === 'zh-CN' ? '详见网址：' : 'See ';
  b.sections.splice(1, 0, { id: 'url', type: 'text', heading: language === 'zh-CN' ? '参考资料' : 'Sources', body: richTextFromPlain(lead + URL, lead + URL) });
  return { briefing: validBriefing(b), media: base.media };
}

/** pdftotext's word boxes: one word is one run between spaces, so the URL's pieces are the words that hold it. */
const urlWords = (pages: readonly PdfPage[]) => pages.flatMap((p) => p.words.filter((w) => /segment\d/.test(w.text)).map((w) => ({ w, p })));


const MARGINS: Record<BuiltinTemplateId, { left: number; right: number; bottom: number }> = {
  'cn-work-briefing': { left: 28, right: 26, bottom: 35 },
  'en-visit-report': { left: 25, right: 25, bottom: 25 },
};

let renderer: PdfRenderer;
beforeAll(async () => {
  renderer = await PdfRenderer.launch();
});
afterAll(async () => renderer?.close());

describe.each([
  ['zh-CN', 'cn-work-briefing'],
  ['en', 'en-visit-report'],
] as const)('a 300-character URL in a %s paragraph on %s', (language, templateId) => {
  it('is broken across lines in the PDF: no page scaling, nothing past the right margin, all of it printed', async () => {
    const template = await builtinTemplate(templateId);
    const pages = pdfPages(await exportPdf(withLongUrl(language), template, renderer));
    const words = urlWords(pages);
    expect(words.length).toBeGreaterThan(2);
    const right = (p: PdfPage) => p.width - MARGINS[templateId].right * PT;
    const past = words.filter(({ w, p }) => w.xMax > right(p) + 2 || w.xMin < MARGINS[templateId].left * PT - 2);
    expect(past.map(({ w }) => w.text)).toEqual([]);
    // The URL's lines are set in the body size: a shrunk page would print them at two thirds of it.
    const bodyPt = template.manifest.fonts.body.sizePt;
    for (const { w } of words) expect(w.yMax - w.yMin).toBeGreaterThan(bodyPt * 0.9);
    // Both copies of the URL come back whole, in order (page numbers in the bottom margin left out).
    const inTypeArea = (p: PdfPage) => p.words.filter((w) => w.yMax < p.height - MARGINS[templateId].bottom * PT);
    const text = squeeze(pages.map((p) => inTypeArea(p).map((w) => w.text).join('')).join(''));
    expect(text.split(URL).length - 1).toBe(2);
  });

  it('is wrapped inside the margins by LibreOffice in the DOCX', async () => {
    const template = await builtinTemplate(templateId);
    const pages = pdfPages(await libreOfficePdf(await exportDocx(withLongUrl(language), template)));
    const words = urlWords(pages);
    expect(words.length).toBeGreaterThan(2);
    const past = words.filter(({ w, p }) => w.xMax > p.width - MARGINS[templateId].right * PT + 2);
    expect(past.map(({ w }) => w.text)).toEqual([]);
  });
});
