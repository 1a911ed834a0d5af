/**
 * `npm run bench`: load, validate, DOCX, print HTML and PDF (warm browser) for both examples and a generated
 * ~100-page briefing with 40 photos. Prints figures; asserts nothing (speed targets are read, not tested).
 * Targets on our 2-core machines: 100-page DOCX ≤ 300 ms, PDF ≤ 3 s with a warm browser.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { exportDocx } from '../core/export/docx/index.ts';
import { printHtml } from '../core/export/html/index.ts';
import { parseBriefing, type BriefingDocument } from '../core/model/index.ts';
import { openBriefing, saveBriefing } from '../core/node/briefingFile.ts';
import { exportPdf, PdfRenderer } from '../core/node/pdf/index.ts';
import { resolveTemplate } from '../core/node/templates.ts';
import { largeDocument } from '../tests/fixtures/large.ts';
import { benchGrowthByCount } from './growth.ts';

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 5);

/** Median of `runs` timings after one warm-up, in ms. */
async function time<T>(runs: number, task: () => Promise<T> | T): Promise<{ ms: number; result: T }> {
  let result = await task();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = await task();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)]!, result };
}

const fmt = (ms: number) => `${ms.toFixed(ms < 10 ? 1 : 0)} ms`.padStart(9);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function benchOne(name: string, file: string, renderer: PdfRenderer) {
  peakRss = process.memoryUsage().rss;
  const load = await time(3, () => openBriefing(file));
  const doc: BriefingDocument = load.result;
  const json = JSON.parse(JSON.stringify(doc.briefing)) as unknown;
  const validate = await time(5, () => parseBriefing(json));
  const template = await resolveTemplate(doc.briefing.meta.templateId);
  const docx = await time(5, () => exportDocx(doc, template));
  const html = await time(5, () => printHtml(doc, template));
  const pdf = await time(3, () => exportPdf(doc, template, renderer));
  const pages = (await PDFDocument.load(pdf.result, { updateMetadata: false })).getPageCount();
  const row = [name.padEnd(22), fmt(load.ms), fmt(validate.ms), fmt(docx.ms), fmt(html.ms), fmt(pdf.ms), String(pages).padStart(6), mb(peakRss).padStart(10)];
  console.log(row.join(' '));
  console.log(`${''.padEnd(22)} sizes: DOCX ${mb(docx.result.length)}, HTML ${mb(html.result.length)}, PDF ${mb(pdf.result.length)}`);
  return { docxMs: docx.ms, htmlMs: html.ms, pdfMs: pdf.ms, pages };
}

const work = mkdtempSync(path.join(tmpdir(), 'briefing-bench-'));
const renderer = await PdfRenderer.launch();
try {
  const t0 = performance.now();
  const large = largeDocument({ pages: 100, photos: 40 });
  const largeFile = path.join(work, 'large.briefing');
  await saveBriefing(largeFile, large);
  console.log(`generated the large briefing in ${(performance.now() - t0).toFixed(0)} ms (${large.briefing.media.length} photos)`);
  console.log(['input'.padEnd(22), 'load'.padStart(9), 'validate'.padStart(9), 'DOCX'.padStart(9), 'HTML'.padStart(9), 'PDF warm'.padStart(9), 'pages'.padStart(6), 'peak RSS*'.padStart(10)].join(' '));
  await benchOne('guangxi-visit (en)', 'examples/guangxi-visit/briefing.json', renderer);
  await benchOne('industry-visit-zh', 'examples/industry-visit-zh/briefing.json', renderer);
  await benchOne('large 100p/40 photos', largeFile, renderer);
  console.log('targets: 100-page DOCX ≤ 300 ms; PDF ≤ 3 s with a warm browser (medians; first run excluded)');
  // Issue 11: the same figures at 25, 50, 100 and 200 pages (photos in proportion), so the growth is visible.
  console.log('\nscaling (photos = 0.4 × pages); "per page" is the figure divided by the PDF page count:');
  console.log(['input'.padEnd(22), 'load'.padStart(9), 'validate'.padStart(9), 'DOCX'.padStart(9), 'HTML'.padStart(9), 'PDF warm'.padStart(9), 'pages'.padStart(6), 'peak RSS*'.padStart(10)].join(' '));
  const perPage: string[] = [];
  for (const pages of [25, 50, 100, 200]) {
    const file = path.join(work, `scale-${pages}.briefing`);
    await saveBriefing(file, largeDocument({ pages, photos: Math.round(pages * 0.4) }));
    const figures = await benchOne(`${pages} pages`, file, renderer);
    perPage.push(`${pages}p: DOCX ${(figures.docxMs / figures.pages).toFixed(2)}, HTML ${(figures.htmlMs / figures.pages).toFixed(2)}, PDF ${(figures.pdfMs / figures.pages).toFixed(1)} ms/page`);
  }
  console.log(`per page: ${perPage.join('; ')} (linear growth keeps these flat)`);
  console.log('* peak resident memory of this Node process; Chromium runs in its own processes and is not counted');
  await benchGrowthByCount(renderer);
} finally {
  clearInterval(sampler);
  await renderer.close();
  rmSync(work, { recursive: true, force: true });
}
