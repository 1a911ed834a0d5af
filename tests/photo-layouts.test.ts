/**
 * Photo layouts: one a row, two side by side, or a 2×2 grid, from the template's default or the section's choice,
 * each photo with its numbered caption under it and no row split across pages. Measured on 30 photos, which used
 * to take 30 pages (one photo a page, nearly half of each blank).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDocx } from '../core/export/docx/index.ts';
import type { BriefingDocument, Language, MediaItem } from '../core/model/index.ts';
import { exportPdf, PdfRenderer } from '../core/node/pdf/index.ts';
import { sampleDocument, validBriefing } from './fixtures/briefings.ts';
import { gradientPainter, makeJpeg } from './fixtures/images.ts';
import { builtinTemplate, type BuiltinTemplateId } from './fixtures/templates.ts';
import { libreOfficePdf } from './helpers/libreOfficePdf.ts';
import { pdfInfo, pdfPages } from './helpers/pdfRead.ts';

type Layout = 'one' | 'two' | 'grid' | undefined;
const PHOTOS = 30;

/** The sample briefing, its gallery now 30 distinct 4:3 photos in the given layout (the site keeps its one). */
function thirtyPhotos(language: Language, layout: Layout): BriefingDocument {
  const base = sampleDocument(language);
  const b = structuredClone(base.briefing);
  const media = new Map(base.media);
  const items: MediaItem[] = Array.from({ length: PHOTOS }, (_, i) => {
    media.set(`g${i}`, makeJpeg(400, 300, gradientPainter(400, 300, i + 20)));
    return { id: `g${i}`, mimeType: 'image/jpeg', caption: language === 'zh-CN' ? `现场照片${i + 1}` : `Photo ${i + 1}`, width: 400, height: 300 };
  });
  b.media.push(...items);
  const gallery = b.sections.find((s) => s.type === 'photos');
  if (gallery?.type === 'photos') {
    gallery.photoIds = items.map((m) => m.id);
    if (layout) gallery.photoLayout = layout;
  }
  return { briefing: validBriefing(b), media };
}

/** Pages holding each image, in order (`pdfimages -list`). */
function imagePages(pdf: Uint8Array): number[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'bc-img-'));
  try {
    writeFileSync(path.join(dir, 'doc.pdf'), pdf);
    const out = execFileSync('pdfimages', ['-list', path.join(dir, 'doc.pdf')], { encoding: 'utf8' });
    return out
      .split('\n')
      .slice(2)
      .filter((l) => /^\s*\d+/.test(l))
      .filter((l) => l.trim().split(/\s+/)[2] === 'image')
      .map((l) => Number(l.trim().split(/\s+/)[0]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Pages holding each figure caption ("图12" / "Figure 12"), by figure number. */
function captionPages(pdf: Uint8Array, language: Language): Map<number, number> {
  const label = language === 'zh-CN' ? /^图(\d+)$/ : /^(\d+)\.$/;
  const out = new Map<number, number>();
  pdfPages(pdf).forEach((page, i) => {
    page.words.forEach((w, k) => {
      const zh = label.exec(w.text);
      const en = language === 'en' && page.words[k - 1]?.text === 'Figure' ? label.exec(w.text) : null;
      const m = language === 'zh-CN' ? zh : en;
      if (m) out.set(Number(m[1]), i + 1);
    });
  });
  return out;
}

let renderer: PdfRenderer;
beforeAll(async () => {
  renderer = await PdfRenderer.launch();
});
afterAll(async () => renderer?.close());

const CASES: [Language, BuiltinTemplateId, Layout, number][] = [
  // language, template, layout (undefined: the template's default), most pages the whole briefing may take
  ['zh-CN', 'cn-work-briefing', undefined, 9],
  ['zh-CN', 'cn-work-briefing', 'two', 9],
  ['zh-CN', 'cn-work-briefing', 'grid', 11],
  ['zh-CN', 'cn-work-briefing', 'one', 19],
  ['en', 'en-visit-report', undefined, 18],
  ['en', 'en-visit-report', 'two', 8],
];

describe.each(CASES)('%s briefing with 30 photos on %s, layout %s', (language, templateId, layout, maxPages) => {
  it('fits the pages it should, every caption on the page of its photo; LibreOffice agrees on the page count', async () => {
    const template = await builtinTemplate(templateId);
    const doc = thirtyPhotos(language, layout);
    const pdf = await exportPdf(doc, template, renderer);
    const pages = Number(pdfInfo(pdf).Pages);
    // The letterhead's logo is the English report's first image.
    const images = imagePages(pdf).slice(templateId === 'en-visit-report' ? 1 : 0);
    const captions = captionPages(pdf, language);
    console.log(`${templateId} ${layout ?? 'default'}: PDF ${pages} pages`);
    expect(pages).toBeLessThanOrEqual(maxPages);
    expect(images).toHaveLength(PHOTOS + 1);
    expect(captions.size).toBe(PHOTOS + 1);
    // Figure n is the n-th image: its caption is printed on the same page.
    images.forEach((page, i) => expect(captions.get(i + 1), `figure ${i + 1}`).toBe(page));
    // Two a row (cn's default, "two", "grid"): the gallery's figures 2+3, 4+5… share a row, so a page.
    const twoUp = layout === 'two' || layout === 'grid' || (layout === undefined && templateId === 'cn-work-briefing');
    if (twoUp) for (let n = 2; n + 1 <= PHOTOS + 1; n += 2) expect(images[n], `row of figures ${n} and ${n + 1}`).toBe(images[n - 1]);
    // A 2×2 grid keeps its pairs of rows together: figures 2–5, 6–9… on one page.
    if (layout === 'grid') for (let n = 2; n + 3 <= PHOTOS + 1; n += 4) expect(images[n + 2], `grid of figures ${n}–${n + 3}`).toBe(images[n - 1]);
    const lo = Number(pdfInfo(await libreOfficePdf(await exportDocx(doc, template), { fontconfig: true })).Pages);
    console.log(`${templateId} ${layout ?? 'default'}: LibreOffice ${lo} pages`);
    expect(lo).toBeLessThanOrEqual(maxPages);
  });
});
