/**
 * Han characters outside the BMP (Extension B: 𠮷, found in real surnames) print from a TrueType face (SimSun-ExtB
 * on Windows, HanaMinB from Debian's fonts-hanazono here), not from Noto CJK's CFF outlines, which Chromium embeds
 * as Type 3 fonts that pdftotext reads out of order. On both templates, in a title, a name and body text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportPdf, PdfRenderer } from '../core/node/pdf/index.ts';
import { sampleDocument } from './fixtures/briefings.ts';
import { builtinTemplate } from './fixtures/templates.ts';
import { pdfFonts, pdfRawText } from './helpers/pdfRead.ts';

let renderer: PdfRenderer;
beforeAll(async () => {
  renderer = await PdfRenderer.launch();
});
afterAll(async () => renderer?.close());

function withRareCharacters() {
  const doc = sampleDocument('zh-CN');
  doc.briefing.meta.title = '𠮷野家调研𠮷';
  doc.briefing.attendees[0]!.name = '𠮷田';
  return doc;
}

describe.each(['cn-work-briefing', 'en-visit-report'] as const)('on %s', (templateId) => {
  it('𠮷 embeds as TrueType, no Type 3, and reads back in order', async () => {
    const pdf = await exportPdf(withRareCharacters(), await builtinTemplate(templateId), renderer);
    expect(pdfFonts(pdf).filter((f) => f.type.includes('Type 3')).map((f) => f.name)).toEqual([]);
    const text = pdfRawText(pdf);
    expect(text).toContain('𠮷野家调研𠮷');
    expect(text).toContain('𠮷田');
  });
});
