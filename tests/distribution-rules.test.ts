/**
 * The 版记 of cn-work-briefing as GB/T 9704 rules it, in the PDF and in LibreOffice's rendering of the DOCX: one
 * rule above each line and one below the last, the width of the type area, the first and last thick and those
 * between thin, no other rule on the last page (LibreOffice once drew an extra one), and the last rule at the foot
 * of the type area (LibreOffice set it after the text until the floating table was placed from the page's edge).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDocx } from '../core/export/docx/index.ts';
import { exportPdf, PdfRenderer } from '../core/node/pdf/index.ts';
import { sampleDocument } from './fixtures/briefings.ts';
import { builtinTemplate } from './fixtures/templates.ts';
import { libreOfficePdf } from './helpers/libreOfficePdf.ts';
import { pageRules } from './helpers/pageRules.ts';
import { pdfInfo, pdfPageSize } from './helpers/pdfRead.ts';

const PT = 72 / 25.4;
/** The type area is 156 mm wide; a rule of the 版记 spans it, the follow-up table's borders do too, so: */
const RULE_MIN_PT = 150 * PT;
const BOTTOM_MARGIN_PT = 35 * PT;

let renderer: PdfRenderer;
beforeAll(async () => {
  renderer = await PdfRenderer.launch();
});
afterAll(async () => renderer?.close());

describe('cn-work-briefing 版记 rules', () => {
  it.each(['PDF', 'LibreOffice'] as const)('%s: thick, thin, thick, no more, at the foot of the last page', async (renderer_) => {
    const doc = sampleDocument('zh-CN');
    const template = await builtinTemplate('cn-work-briefing');
    const pdf = renderer_ === 'PDF' ? await exportPdf(doc, template, renderer) : await libreOfficePdf(await exportDocx(doc, template), { fontconfig: true });
    const last = Number(pdfInfo(pdf).Pages);
    // The sample's 版记: one 报 line and the printed-by line, so three rules; the table above ends higher up.
    const rules = pageRules(pdf, last, RULE_MIN_PT);
    const distribution = doc.briefing.sections.find((s) => s.type === 'distribution');
    const lines = (distribution?.type === 'distribution' ? distribution.lines.length : 0) + 1;
    const bottomRules = rules.slice(-(lines + 1));
    console.log(`${renderer_}: rules on the last page`, rules.map((r) => `${r.topPt.toFixed(1)}pt ×${r.thicknessPt.toFixed(2)}`).join(', '));
    expect(bottomRules).toHaveLength(lines + 1);
    const [first, ...rest] = bottomRules;
    const end = rest.pop()!;
    for (const thin of rest) {
      expect(first!.thicknessPt).toBeGreaterThan(thin.thicknessPt);
      expect(end.thicknessPt).toBeGreaterThan(thin.thicknessPt);
    }
    // Nothing ruled between the 版记's lines but its own rules: consecutive rules a line apart, not closer.
    bottomRules.slice(1).forEach((r, i) => expect(r.topPt - bottomRules[i]!.topPt).toBeGreaterThan(14));
    // At the foot of the last page: the last rule ends on the type area's bottom edge, give or take 4 pt.
    const typeAreaBottom = pdfPageSize(pdf).height - BOTTOM_MARGIN_PT;
    expect(Math.abs(end.topPt + end.thicknessPt - typeAreaBottom)).toBeLessThan(4);
  });
});
