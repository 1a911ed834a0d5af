/**
 * GB/T 9704 leaves one blank line between the title and the first line of the body. Measured on the first page of
 * the PDF and of LibreOffice's rendering of the DOCX: the white space between the title's last line and the body's
 * first is about one line pitch (28.9 pt) more than the line spacing alone leaves.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDocx } from '../core/export/docx/index.ts';
import { exportPdf, PdfRenderer } from '../core/node/pdf/index.ts';
import { sampleDocument } from './fixtures/briefings.ts';
import { builtinTemplate } from './fixtures/templates.ts';
import { libreOfficePdf } from './helpers/libreOfficePdf.ts';
import { pdfPages, squeeze, type PdfPage } from './helpers/pdfRead.ts';

const PITCH = 28.9;

/** The gap in points between the title's last line and the next line below it. */
function gapUnderTitle(page: PdfPage, title: string): number {
  const lines = new Map<number, { yMin: number; yMax: number; text: string }>();
  for (const w of page.words) {
    const key = [...lines.keys()].find((k) => Math.abs(k - w.yMax) < 3) ?? w.yMax;
    const line = lines.get(key) ?? { yMin: w.yMin, yMax: w.yMax, text: '' };
    lines.set(key, { yMin: Math.min(line.yMin, w.yMin), yMax: Math.max(line.yMax, w.yMax), text: line.text + w.text });
  }
  const sorted = [...lines.values()].sort((a, b) => a.yMin - b.yMin);
  const flat = squeeze(title);
  const lastTitle = sorted.findLastIndex((l) => squeeze(l.text).length >= 2 && flat.includes(squeeze(l.text)));
  expect(lastTitle).toBeGreaterThanOrEqual(0);
  const next = sorted[lastTitle + 1]!;
  return next.yMin - sorted[lastTitle]!.yMax;
}

let renderer: PdfRenderer;
beforeAll(async () => {
  renderer = await PdfRenderer.launch();
});
afterAll(async () => renderer?.close());

describe('cn-work-briefing: one blank line between title and body', () => {
  it('in the PDF', async () => {
    const doc = sampleDocument('zh-CN');
    const page = pdfPages(await exportPdf(doc, await builtinTemplate('cn-work-briefing'), renderer))[0]!;
    const gap = gapUnderTitle(page, doc.briefing.meta.title);
    console.log(`PDF gap under the title: ${gap.toFixed(1)} pt`);
    expect(gap).toBeGreaterThan(PITCH);
    expect(gap).toBeLessThan(PITCH * 2);
  });

  it('in LibreOffice', async () => {
    const doc = sampleDocument('zh-CN');
    const page = pdfPages(await libreOfficePdf(await exportDocx(doc, await builtinTemplate('cn-work-briefing')), { fontconfig: true }))[0]!;
    const gap = gapUnderTitle(page, doc.briefing.meta.title);
    console.log(`LibreOffice gap under the title: ${gap.toFixed(1)} pt`);
    expect(gap).toBeGreaterThan(PITCH);
    expect(gap).toBeLessThan(PITCH * 2);
  });
});
