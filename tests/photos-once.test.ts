/**
 * A photo shown under its site and also listed in the photo gallery is printed once, under the site: the
 * gallery skips it, and a gallery left with nothing prints no heading.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDocx } from '../core/export/docx/index.ts';
import type { BriefingDocument } from '../core/model/index.ts';
import { exportPdf, PdfRenderer } from '../core/node/pdf/index.ts';
import { sampleDocument, validBriefing } from './fixtures/briefings.ts';
import { builtinTemplate } from './fixtures/templates.ts';
import { mammothText, readDocx } from './helpers/docxRead.ts';
import { squash } from './helpers/modelText.ts';
import { pdfRawText } from './helpers/pdfRead.ts';

/** The sample (site photo p1, gallery p2) with p1 listed in the gallery too; or a gallery of p1 alone. */
function galleryRepeatsSitePhoto(galleryIds: string[]): BriefingDocument {
  const base = sampleDocument('zh-CN');
  const b = structuredClone(base.briefing);
  const gallery = b.sections.find((s) => s.type === 'photos');
  if (gallery?.type === 'photos') gallery.photoIds = galleryIds;
  return { briefing: validBriefing(b), media: base.media };
}

const count = (text: string, needle: string) => squash(text).split(needle).length - 1;

let renderer: PdfRenderer;
beforeAll(async () => {
  renderer = await PdfRenderer.launch();
});
afterAll(async () => renderer?.close());

describe('a site photo that the gallery lists as well', () => {
  it('is printed once, under its site, in the DOCX and the PDF; the gallery keeps its other photos', async () => {
    const template = await builtinTemplate('cn-work-briefing');
    const doc = galleryRepeatsSitePhoto(['p1', 'p2']);
    const docx = await exportDocx(doc, template);
    const pictures = readDocx(docx).xml('word/document.xml').match(/<pic:pic\b/g) ?? [];
    expect(pictures).toHaveLength(2);
    const text = await mammothText(docx);
    const pdf = pdfRawText(await exportPdf(doc, template, renderer));
    for (const t of [text, pdf]) {
      expect(count(t, '调研组参观装配车间')).toBe(1);
      expect(count(t, '座谈会现场')).toBe(1);
      expect(count(t, '图3')).toBe(0);
      // Under the site: before the remarks section.
      expect(squash(t).indexOf('调研组参观装配车间')).toBeLessThan(squash(t).indexOf('座谈交流'));
    }
  });

  it('leaves out a gallery whose photos were all printed under their sites, heading and all', async () => {
    const template = await builtinTemplate('cn-work-briefing');
    const text = await mammothText(await exportDocx(galleryRepeatsSitePhoto(['p1']), template));
    expect(count(text, '调研组参观装配车间')).toBe(1);
    expect(squash(text)).not.toContain('现场图片');
  });
});
