/**
 * The "done when" of issue 10 on a generated briefing with 60 attendees (with their organisations), 30 photos and a
 * pasted 300-character URL, on each built-in template: no text past the margins, no page shrunk (cn body 16 pt),
 * photos two a row on cn, every user string in the DOCX and the PDF, no Type 3 font, and LibreOffice's rendering
 * in serif CJK faces with exactly the page count of the PDF: both exporters take every line height, figure
 * spacing, table rule and masthead height from the same numbers (core/export/plan/lineHeights.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDocx } from '../core/export/docx/index.ts';
import { exportPdf, PdfRenderer } from '../core/node/pdf/index.ts';
import { localize } from '../core/template/index.ts';
import { hardBriefing } from './fixtures/hardBriefing.ts';
import { builtinTemplate, type BuiltinTemplateId } from './fixtures/templates.ts';
import { mammothText } from './helpers/docxRead.ts';
import { libreOfficePdf } from './helpers/libreOfficePdf.ts';
import { squash } from './helpers/modelText.ts';
import { pdfFonts, pdfInfo, pdfPages, pdfRawText } from './helpers/pdfRead.ts';
import { userStrings } from './helpers/userStrings.ts';

const PT = 72 / 25.4;
const MARGINS: Record<BuiltinTemplateId, { left: number; right: number; bottom: number }> = {
  'cn-work-briefing': { left: 28, right: 26, bottom: 35 },
  'en-visit-report': { left: 25, right: 25, bottom: 25 },
};

function withoutPageNumbers(raw: string, pattern: string): string {
  const escaped = pattern.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s*').replace('\\{n\\}', '\\d+').replace('{n}', '\\d+').replace('{total}', '\\d+');
  const line = new RegExp(`^\\s*${escaped}\\s*$`);
  return raw.split('\f').map((page) => page.split('\n').filter((l) => !line.test(l)).join('\n')).join('\n');
}

let renderer: PdfRenderer;
beforeAll(async () => {
  renderer = await PdfRenderer.launch();
});
afterAll(async () => renderer?.close());

describe.each([
  ['zh-CN', 'cn-work-briefing'],
  ['en', 'en-visit-report'],
] as const)('a hard %s briefing (60 attendees, 30 photos, a long URL) on %s', (language, templateId) => {
  it('exports as an office would print it', { timeout: 240_000 }, async () => {
    const template = await builtinTemplate(templateId);
    const doc = hardBriefing(language);
    const pdf = await exportPdf(doc, template, renderer);
    const pages = pdfPages(pdf);
    const margin = MARGINS[templateId];
    // Nothing past the margins, on any page.
    const past = pages.flatMap((p) => p.words.filter((w) => w.xMin < margin.left * PT - 2 || w.xMax > p.width - margin.right * PT + 2));
    expect(past.map((w) => w.text)).toEqual([]);
    if (templateId === 'cn-work-briefing') {
      // The smallest text on the template is 14 pt (captions, tables, page numbers): a shrunk page would show less.
      const small = pages.flatMap((p, i) => p.words.filter((w) => w.yMax - w.yMin < 14 * 0.9).map((w) => `p${i + 1}: ${w.text}`));
      expect(small).toEqual([]);
      // Two photos a row: gallery captions in pairs on one baseline.
      const captionRows = pages.flatMap((p) => {
        const ys = p.words.filter((w) => /^图\d+$/.test(w.text)).map((w) => Math.round(w.yMax));
        return [...new Set(ys)].map((y) => ys.filter((v) => v === y).length);
      });
      expect(captionRows.filter((n) => n === 2).length).toBeGreaterThanOrEqual(10);
    }
    const strings = userStrings(doc.briefing);
    const pdfText = withoutPageNumbers(pdfRawText(pdf), localize(template.manifest.pageNumbers.pattern, language));
    expect(strings.filter((s) => !squash(pdfText).includes(squash(s)))).toEqual([]);
    const docx = await exportDocx(doc, template);
    const docxText = squash(await mammothText(docx));
    expect(strings.filter((s) => !docxText.includes(squash(s)))).toEqual([]);
    expect(pdfFonts(pdf).filter((f) => f.type.includes('Type 3')).map((f) => f.name)).toEqual([]);
    const lo = await libreOfficePdf(docx, { fontconfig: true });
    const loFonts = pdfFonts(lo).map((f) => f.name);
    if (language === 'zh-CN') {
      expect(loFonts.filter((n) => /NotoSansCJK/.test(n))).toEqual([]);
      expect(loFonts.some((n) => /UMing/.test(n))).toBe(true);
    }
    const pdfCount = Number(pdfInfo(pdf).Pages);
    const loCount = Number(pdfInfo(lo).Pages);
    console.log(`${templateId}: PDF ${pdfCount} pages, LibreOffice ${loCount} pages`);
    expect(loCount).toBe(pdfCount);
  });
});
