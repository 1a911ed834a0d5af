/**
 * Finishing Chromium's PDF by an incremental update (issue 11): Chromium's bytes stay as they are, followed by a
 * new Info dictionary, the pages with their sheet snapped to A4 and the probe links dropped, and an xref section
 * pointing back. Read back with poppler and pdf-lib: properties, exact A4, outline, structure tree, /Lang and
 * fonts all there, no probe link left.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { PDFArray, PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { printHtml } from '../core/export/html/index.ts';
import { CHROMIUM_FLAGS, exportPdf, findChromium, PdfRenderer } from '../core/node/pdf/index.ts';
import { finishPdf } from '../core/node/pdf/finish.ts';
import { printWithFootBlock } from '../core/node/pdf/footPlacement.ts';
import { playwrightSurface } from '../core/node/pdf/playwrightSurface.ts';
import type { Template } from '../core/template/index.ts';
import { sampleDocument } from './fixtures/briefings.ts';
import { builtinTemplate } from './fixtures/templates.ts';
import { missingInOrder, pdfFonts, pdfInfo, pdfOutlineCount, pdfText } from './helpers/pdfRead.ts';

const INFO = { title: '标题 (with) \\ brackets 🙂', author: '王若溪', subject: 'Visit (report)' };

let browser: Browser;
let template: Template;
/** The placement's print of the zh sample, probe links and all, as Chromium wrote it. */
let printed: Uint8Array;
let finished: Uint8Array;

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: findChromium()!, args: CHROMIUM_FLAGS, headless: true });
  template = await builtinTemplate('cn-work-briefing');
  const page = await browser.newPage();
  await page.setContent(printHtml(sampleDocument('zh-CN'), template), { waitUntil: 'load' });
  printed = await printWithFootBlock(playwrightSurface(page), (fast) =>
    page.pdf({ preferCSSPageSize: true, printBackground: true, outline: !fast, tagged: !fast }),
  );
  finished = await finishPdf(printed, INFO, new Date('2026-03-04T05:06:07Z'));
});
afterAll(async () => browser?.close());

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

/** Every link annotation's named destination, page by page, read with pdf-lib. */
async function linkDests(bytes: Uint8Array): Promise<string[][]> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  return pdf.getPages().map((page) => {
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    const dests: string[] = [];
    for (let i = 0; i < (annots?.size() ?? 0); i++) {
      const dest = annots!.lookupMaybe(i, PDFDict)?.get(PDFName.of('Dest'));
      dests.push(dest instanceof PDFName ? dest.decodeText() : String(dest));
    }
    return dests;
  });
}

describe('finishing Chromium’s PDF', () => {
  it('appends to Chromium’s bytes instead of rewriting them', () => {
    expect(Buffer.from(finished.subarray(0, printed.length)).equals(Buffer.from(printed))).toBe(true);
    const update = latin1(finished.subarray(printed.length));
    expect(update).toMatch(/\/Prev \d+/);
    expect(update.trimEnd().endsWith('%%EOF')).toBe(true);
  });

  it('poppler shows the properties, exact A4 on every page, tagged', () => {
    const info = pdfInfo(finished);
    expect(info['Title']).toBe(INFO.title);
    expect(info['Author']).toBe(INFO.author);
    expect(info['Subject']).toBe(INFO.subject);
    expect(info['Creator']).toBe('Briefing Composer');
    expect(info['Producer']).toContain('Chromium');
    expect(info['CreationDate']).toContain('2026');
    expect(info['Tagged']).toBe('yes');
    const pages = Number(info['Pages']);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pageSizes(finished)).toEqual(Array.from({ length: pages }, () => '595.276 x 841.89 pts (A4)'));
  });

  it('keeps the text, the embedded fonts, the outline, the structure tree and /Lang', async () => {
    expect(missingInOrder(pdfText(finished), ['市调研组', '报：'])).toEqual([]);
    const fonts = pdfFonts(finished);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((f) => !f.embedded)).toEqual([]);
    expect(await pdfOutlineCount(finished)).toBeGreaterThan(1);
    const pdf = await PDFDocument.load(finished, { updateMetadata: false });
    expect(pdf.getTitle()).toBe(INFO.title);
    expect(pdf.getAuthor()).toBe(INFO.author);
    expect(pdf.catalog.get(PDFName.of('StructTreeRoot'))).toBeDefined();
    expect(String(pdf.catalog.get(PDFName.of('Lang')))).toBe('(zh-CN)');
    const size = pdf.getPage(0).getSize();
    expect(size.width).toBeCloseTo(595.28, 2);
    expect(size.height).toBeCloseTo(841.89, 2);
  });

  it('drops the placement’s probe links, which the print still has', async () => {
    const probes = ['bc-distribution', 'bc-foot-end'];
    expect((await linkDests(printed)).flat().filter((d) => probes.includes(d)).length).toBeGreaterThan(0);
    expect((await linkDests(finished)).flat().filter((d) => probes.includes(d))).toEqual([]);
  });

  it('a PDF it does not know (pdf-lib’s own, or one finished already) is finished through pdf-lib', async () => {
    const other = await PDFDocument.create();
    other.addPage([594.96, 841.92]);
    const foreign = await finishPdf(await other.save(), { title: 'Foreign' });
    expect(pdfInfo(foreign)['Title']).toBe('Foreign');
    expect(pageSizes(foreign)).toEqual(['595.276 x 841.89 pts (A4)']);
    const twice = await finishPdf(finished, { title: 'Again' });
    expect(pdfInfo(twice)['Title']).toBe('Again');
    expect(pdfInfo(twice)['Tagged']).toBe('yes');
  });

  it('the CLI’s renderer gives the same: properties set, no probe link', async () => {
    const renderer = await PdfRenderer.launch();
    try {
      const doc = sampleDocument('zh-CN');
      const pdf = await exportPdf(doc, template, renderer);
      expect(pdfInfo(pdf)['Title']).toBe(doc.briefing.meta.title);
      expect((await linkDests(pdf)).flat()).toEqual([]);
    } finally {
      await renderer.close();
    }
  });
});

/** pdfinfo's size line of every page (`pdfinfo -f 1 -l …`). */
function pageSizes(bytes: Uint8Array): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'bc-finish-'));
  try {
    const file = path.join(dir, 'doc.pdf');
    writeFileSync(file, bytes);
    const out = execFileSync('pdfinfo', ['-f', '1', '-l', '9999', file], { encoding: 'utf8' });
    return [...out.matchAll(/^Page\s+\d+ size:\s*(.*)$/gm)].map((m) => m[1]!.trim());
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
