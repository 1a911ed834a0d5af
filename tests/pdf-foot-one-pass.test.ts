/**
 * The 版记 of cn-work-briefing at the foot of the last page in one print (issue 11): the page predicts its page
 * count, prints once, and the PDF is checked. Counted through the print function the renderer hands to
 * printWithFootBlock, on a real Chromium page. A prediction made wrong on purpose must cost a print, never
 * a misplaced block.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { printHtml } from '../core/export/html/index.ts';
import { richTextFromPlain, type BriefingDocument } from '../core/model/index.ts';
import { CHROMIUM_FLAGS, findChromium } from '../core/node/pdf/index.ts';
import { finishPdf } from '../core/node/pdf/finish.ts';
import { printWithFootBlock, type FootPlacementRun } from '../core/node/pdf/footPlacement.ts';
import { playwrightSurface } from '../core/node/pdf/playwrightSurface.ts';
import type { PrintSurface } from '../core/node/pdf/printer.ts';
import type { Template } from '../core/template/index.ts';
import { sampleDocument, validBriefing } from './fixtures/briefings.ts';
import { builtinTemplate } from './fixtures/templates.ts';
import { pdfPages } from './helpers/pdfRead.ts';

const PT = 72 / 25.4;
const BOTTOM_MARGIN_PT = 35 * PT;
const SENTENCE = '调研组实地察看了生产线、培训中心和回收车间，听取了企业关于数字化改造、绿色低碳发展和人才培养等方面情况的详细汇报。';

let browser: Browser;
let template: Template;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: findChromium()!, args: CHROMIUM_FLAGS, headless: true });
  template = await builtinTemplate('cn-work-briefing');
});
afterAll(async () => browser?.close());

/** The sample with `chars` characters of extra text and `attendees` people: the 版记 lands elsewhere each time. */
function briefing(chars: number, attendees = 0): BriefingDocument {
  const base = sampleDocument('zh-CN');
  const b = structuredClone(base.briefing);
  const at = b.sections.findIndex((s) => s.type === 'distribution');
  const text = SENTENCE.repeat(Math.floor(chars / SENTENCE.length)) + SENTENCE.slice(0, chars % SENTENCE.length);
  b.sections.splice(at, 0, { id: 'extra', type: 'text', heading: '补充情况', body: richTextFromPlain(text) });
  if (attendees > 0) {
    // A table long enough to cross pages, where a page repeats its header row (the prediction's columns do not).
    b.attendees = Array.from({ length: attendees }, (_, i) => ({
      id: `m${i}`,
      name: `成员${i + 1}`,
      title: i % 3 === 0 ? '市人大常委会副主任兼区域产业政策顾问' : '顾问',
      organisation: '市办公室',
      group: i < 20 ? 'delegation' : 'host',
      leader: false,
    }));
    b.sections = b.sections.filter((s) => s.type !== 'remarks');
  }
  return { briefing: validBriefing(b), media: base.media };
}

interface Printed {
  prints: number;
  method: string;
  pdf: Uint8Array;
}

/** Prints as the CLI's renderer does, counting the prints. `surface` may bend the page's answers. */
async function printed(doc: BriefingDocument, bend: (surface: PrintSurface) => PrintSurface = (s) => s, sheet: Template = template): Promise<Printed> {
  const page: Page = await browser.newPage();
  try {
    await page.setContent(printHtml(doc, sheet), { waitUntil: 'load' });
    let prints = 0;
    let method = '';
    const run: FootPlacementRun = { onPlaced: (how) => (method = how.method) };
    const bytes = await printWithFootBlock(
      bend(playwrightSurface(page)),
      (fast) => {
        prints += 1;
        return page.pdf({ preferCSSPageSize: true, printBackground: true, outline: !fast, tagged: !fast });
      },
      run,
    );
    return { prints, method, pdf: await finishPdf(bytes, { title: 'T' }) };
  } finally {
    await page.close();
  }
}

/** The 版记's last line (the copies) on the last page, in points from the type area's bottom edge. */
function footGap(pdf: Uint8Array, bottomMarginPt = BOTTOM_MARGIN_PT): { pages: number; gapPt: number | undefined } {
  const pages = pdfPages(pdf);
  const last = pages.at(-1)!;
  const copies = last.words.filter((w) => w.text.includes('份）')).at(-1);
  return { pages: pages.length, gapPt: copies && last.height - bottomMarginPt - copies.yMax };
}

/** A wrong page count handed to the placement in place of the page's own prediction. */
const offBy = (delta: number) => (surface: PrintSurface): PrintSurface => ({
  ...surface,
  async evaluate(expression) {
    const value = (await surface.evaluate(expression)) as { pages: number } | null;
    return value && { ...value, pages: Math.max(1, value.pages + delta) };
  },
});

describe('the 版记 at the foot of the last page in one print', () => {
  it.each([
    ['the sample', 0, 0],
    ['a page more of text', 700, 0],
    ['text that just spills onto a new page', 1300, 0],
    ['a long attendee table across pages', 300, 45],
  ])('%s: one print, the block at the foot', async (_name, chars, attendees) => {
    const one = await printed(briefing(chars, attendees));
    expect(one.prints).toBe(1);
    expect(one.method).toBe('one-pass');
    const { gapPt } = footGap(one.pdf);
    expect(gapPt).toBeDefined();
    // On the type area's bottom edge, give or take a line's descent: the block is not left up in the page.
    expect(gapPt!).toBeGreaterThanOrEqual(0);
    expect(gapPt!).toBeLessThan(16);
  });

  it.each([
    ['a page too many', +1],
    ['a page too few', -1],
  ])('a prediction %s costs one more print, never a misplaced block or a changed page count', async (_name, delta) => {
    const doc = briefing(700);
    const right = footGap((await printed(doc)).pdf);
    const wrong = await printed(doc, offBy(delta));
    expect(wrong.prints).toBe(2);
    expect(wrong.method).toBe('one-pass');
    const placed = footGap(wrong.pdf);
    expect(placed.pages).toBe(right.pages);
    expect(placed.gapPt!).toBeGreaterThanOrEqual(0);
    expect(placed.gapPt!).toBeLessThan(16);
  });

  it.each([
    ['Letter', (m: Template['manifest']) => (m.page.size = 'Letter')],
    ['A4 landscape', (m: Template['manifest']) => (m.page.orientation = 'landscape')],
  ])('on %s too the block lands at the foot', async (_name, change) => {
    const sheet = structuredClone(template);
    change(sheet.manifest);
    const other = await printed(briefing(400), undefined, sheet);
    expect(other.method).toBe('one-pass');
    const { gapPt } = footGap(other.pdf, sheet.manifest.page.marginsMm.bottom * PT);
    expect(gapPt!).toBeGreaterThanOrEqual(0);
    expect(gapPt!).toBeLessThan(16);
  });

  it('a thirty-page briefing: at the foot in at most two prints (its pages hold a hair more than the arithmetic)', async () => {
    const long = await printed(briefing(16_000));
    expect(long.method).toBe('one-pass');
    expect(long.prints).toBeLessThanOrEqual(2);
    const { pages, gapPt } = footGap(long.pdf);
    expect(pages).toBeGreaterThanOrEqual(25);
    expect(gapPt!).toBeGreaterThanOrEqual(0);
    expect(gapPt!).toBeLessThan(16);
  });

  it('a page that cannot predict falls back to the measured placement, still at the foot', async () => {
    const measured = await printed(briefing(0), (surface) => ({ ...surface, evaluate: async () => null }));
    expect(measured.method).toBe('measured');
    expect(measured.prints).toBe(2);
    const { gapPt } = footGap(measured.pdf);
    expect(gapPt!).toBeGreaterThanOrEqual(0);
    expect(gapPt!).toBeLessThan(16);
  });

  it('the en template has no foot block: one print, the block where the flow puts it', async () => {
    const en = await builtinTemplate('en-visit-report');
    const page = await browser.newPage();
    try {
      await page.setContent(printHtml(sampleDocument('en'), en), { waitUntil: 'load' });
      let prints = 0;
      await printWithFootBlock(playwrightSurface(page), () => {
        prints += 1;
        return page.pdf({ preferCSSPageSize: true });
      });
      expect(prints).toBe(1);
    } finally {
      await page.close();
    }
  });
});
