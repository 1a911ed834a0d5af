/**
 * The GB/T 9704 page of the cn-work-briefing template, measured in a real PDF of a briefing long enough to
 * span several pages: the 28-character grid, page numbers on alternating sides, headings kept with their
 * text, captions with their photos, and the distribution block at the foot of the last page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPlan, planText } from '../core/export/plan/index.ts';
import { richTextFromPlain, type BriefingDocument } from '../core/model/index.ts';
import { exportPdf, PdfRenderer } from '../core/node/pdf/index.ts';
import type { Template } from '../core/template/index.ts';
import { sampleDocument, validBriefing } from './fixtures/briefings.ts';
import { gradientPainter, makeJpeg } from './fixtures/images.ts';
import { builtinTemplate } from './fixtures/templates.ts';
import { missingInOrder, pdfFonts, pdfPages, pdfText, squeeze, type PdfPage, type PdfWord } from './helpers/pdfRead.ts';

const PT = 72 / 25.4;
const MARGIN = { top: 37 * PT, bottom: 35 * PT, left: 28 * PT, right: 26 * PT };
const BODY_PT = 16;
const PAGE_NUMBER_PT = 14;
/**
 * Full-width characters only, so a full line holds exactly 28 of them. 57 characters, prime to 28, so the
 * punctuation does not land at the start of the same line position paragraph after paragraph.
 */
const SENTENCE = '调研组实地察看了生产线、培训中心和回收车间，听取了企业关于数字化改造、绿色低碳发展和人才培养等方面情况的详细汇报。';

/** The sample briefing with eight more text sections and three more photos: five or so pages. */
function longDocument(): BriefingDocument {
  const base = sampleDocument('zh-CN');
  const b = structuredClone(base.briefing);
  const media = new Map(base.media);
  const extra = [1, 2, 3].map((i) => {
    media.set(`x${i}`, makeJpeg(900, 600, gradientPainter(900, 600, i + 10)));
    return { id: `x${i}`, mimeType: 'image/jpeg' as const, caption: `补充图片${i}`, width: 900, height: 600 };
  });
  b.media.push(...extra);
  const texts = Array.from({ length: 8 }, (_, i) => ({
    id: `long${i}`,
    type: 'text' as const,
    heading: `第${i + 1}部分情况`,
    body: richTextFromPlain(SENTENCE.repeat(4), SENTENCE.repeat(3)),
  }));
  const photos = { id: 'long-photos', type: 'photos' as const, photoIds: extra.map((e) => e.id) };
  const distribution = b.sections.findIndex((s) => s.type === 'distribution');
  b.sections.splice(distribution, 0, ...texts.slice(0, 4), photos, ...texts.slice(4));
  return { briefing: validBriefing(b), media };
}

let renderer: PdfRenderer;
let template: Template;
let doc: BriefingDocument;
let pdf: Uint8Array;
let pages: PdfPage[];

beforeAll(async () => {
  renderer = await PdfRenderer.launch();
  template = await builtinTemplate('cn-work-briefing');
  doc = longDocument();
  pdf = await exportPdf(doc, template, renderer);
  pages = pdfPages(pdf);
});
afterAll(async () => renderer?.close());

const inTypeArea = (page: PdfPage) => page.words.filter((w) => w.yMin > MARGIN.top - 4 && w.yMax < page.height - MARGIN.bottom);
const near = (value: number, target: number, tolerance: number) => Math.abs(value - target) <= tolerance;

/** Words on one baseline, joined: CJK lines often come out as one word, but bold runs split them. */
function lines(words: readonly PdfWord[]): { text: string; xMin: number; xMax: number; yMin: number; yMax: number }[] {
  const byLine = new Map<number, PdfWord[]>();
  for (const w of words) {
    const key = Math.round(w.yMax);
    byLine.set(key, [...(byLine.get(key) ?? []), w]);
  }
  return [...byLine.values()]
    .map((ws) => ({
      text: squeeze(ws.map((w) => w.text).join('')),
      xMin: Math.min(...ws.map((w) => w.xMin)),
      xMax: Math.max(...ws.map((w) => w.xMax)),
      yMin: Math.min(...ws.map((w) => w.yMin)),
      yMax: Math.max(...ws.map((w) => w.yMax)),
    }))
    .sort((a, b) => a.yMin - b.yMin);
}

describe('cn-work-briefing PDF of a multi-page briefing', () => {
  it('spans several pages and still prints the plan text in order, in embedded fonts', () => {
    expect(pages.length).toBeGreaterThanOrEqual(4);
    // Paragraphs run across pages; the page numbers printed between their halves are not part of the text.
    const text = squeeze(pdfText(pdf)).replace(/—\d+—/g, '');
    expect(missingInOrder(text, planText(buildPlan(doc.briefing, template.manifest)))).toEqual([]);
    expect(pdfFonts(pdf).filter((f) => !f.embedded)).toEqual([]);
  });

  it('numbers pages "— n —": odd pages at the right, even at the left, one character in from the type area', () => {
    pages.forEach((page, i) => {
      const foot = page.words.filter((w) => w.yMin > page.height - MARGIN.bottom);
      expect(squeeze(foot.map((w) => w.text).join(''))).toBe(`—${i + 1}—`);
      const left = Math.min(...foot.map((w) => w.xMin));
      const right = Math.max(...foot.map((w) => w.xMax));
      if ((i + 1) % 2 === 1) expect(right).toBeCloseTo(page.width - MARGIN.right - PAGE_NUMBER_PT, -0.5);
      else expect(left).toBeCloseTo(MARGIN.left + PAGE_NUMBER_PT, -0.5);
      // ~21 mm above the sheet's edge, below the type area
      expect(near(page.height - Math.max(...foot.map((w) => w.yMax)), 21 * PT, 3)).toBe(true);
    });
  });

  it('sets body text on the grid: 28 characters of 16 pt per 156 mm line, 28.9 pt apart, from 28 mm', () => {
    const full = pages.slice(1).flatMap((page) =>
      lines(inTypeArea(page)).filter((l) => near(l.xMin, MARGIN.left, 2) && near(l.xMax, page.width - MARGIN.right, 2)),
    );
    expect(full.length).toBeGreaterThan(30);
    const counts = full.map((l) => l.text.length);
    // A line that would start with "，" or "。" gives its last character to the next line (kinsoku): 27.
    expect(counts.every((n) => n === 28 || n === 27)).toBe(true);
    expect(counts.filter((n) => n === 28).length / counts.length).toBeGreaterThan(0.8);
    for (const l of full) expect(l.yMax - l.yMin).toBeGreaterThan(BODY_PT * 0.95);
    for (const l of full) expect(l.yMax - l.yMin).toBeLessThan(BODY_PT * 1.1);
    // Consecutive lines: 28.9 pt apart on average. Chromium snaps each baseline to a whole CSS pixel, so single
    // gaps alternate between 28.5 and 29.25 pt, but 22 lines still fill the 225 mm type area as GB/T 9704 asks.
    // Only lines in the body face are compared: a heading face sits differently in its line box.
    const bodyHeight = full[0]!.yMax - full[0]!.yMin;
    const startsBodyLine = (x: number) => near(x, MARGIN.left, 2) || near(x, MARGIN.left + 2 * (442.2 / 28), 2);
    const gaps = pages
      .slice(1)
      .flatMap((page) => {
        const body = lines(inTypeArea(page)).filter((l) => startsBodyLine(l.xMin) && near(l.yMax - l.yMin, bodyHeight, 0.1));
        return body.slice(1).map((l, i) => l.yMin - body[i]!.yMin);
      })
      .filter((g) => g < 35);
    expect(gaps.length).toBeGreaterThan(40);
    expect(gaps.filter((g) => !near(g, 28.9, 0.45))).toEqual([]);
    expect(gaps.reduce((a, b) => a + b, 0) / gaps.length).toBeCloseTo(28.9, 1);
  });

  it('fits 22 lines on a page of running text, never more', () => {
    const counts = pages.slice(1, -1).map((page) => lines(inTypeArea(page)).length);
    expect(Math.max(...counts)).toBe(22);
  });

  it('never leaves a heading alone at the foot of a page', () => {
    const headings = buildPlan(doc.briefing, template.manifest)
      .blocks.flatMap((b) => (b.kind === 'heading' ? [squeeze(b.number + b.text)] : []));
    for (const page of pages.slice(0, -1)) {
      const last = lines(inTypeArea(page)).at(-1);
      expect(headings).not.toContain(last?.text);
    }
  });

  it('keeps every caption on the page of its photo', () => {
    const captions = pages.flatMap((page) => page.words.filter((w) => /^图\d+$/.test(w.text)));
    expect(captions.length).toBe(5);
    // A caption at the very top of a page would mean its photo stayed on the page before.
    for (const c of captions) expect(c.yMin - MARGIN.top).toBeGreaterThan(100);
  });

  it('puts the distribution block at the foot of the last page', () => {
    const last = pages.at(-1)!;
    const copies = last.words.find((w) => w.text.includes('（共印20份）'));
    expect(copies).toBeDefined();
    const typeAreaBottom = last.height - MARGIN.bottom;
    expect(copies!.yMax).toBeLessThanOrEqual(typeAreaBottom);
    expect(typeAreaBottom - copies!.yMax).toBeLessThan(16);
  });
});
