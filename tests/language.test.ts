/**
 * Labels, dates and punctuation follow the document's language whatever the template: a Chinese briefing on the
 * English report used to print "日期：18 March 2025" and "20 March 2025印发".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDocx } from '../core/export/docx/index.ts';
import { exportPdf, PdfRenderer } from '../core/node/pdf/index.ts';
import { sampleDocument } from './fixtures/briefings.ts';
import { builtinTemplate } from './fixtures/templates.ts';
import { mammothText } from './helpers/docxRead.ts';
import { pdfRawText, squeeze } from './helpers/pdfRead.ts';

const MONTHS = /January|February|March|April|May|June|July|August|September|October|November|December/;

let renderer: PdfRenderer;
beforeAll(async () => {
  renderer = await PdfRenderer.launch();
});
afterAll(async () => renderer?.close());

describe('a Chinese briefing on the English report template', () => {
  it('prints Chinese dates and labels with full-width colons, in the DOCX and the PDF', async () => {
    const template = await builtinTemplate('en-visit-report');
    const doc = sampleDocument('zh-CN');
    const texts = [await mammothText(await exportDocx(doc, template)), pdfRawText(await exportPdf(doc, template, renderer))];
    for (const text of texts) {
      expect(text).not.toMatch(MONTHS);
      const flat = squeeze(text);
      expect(flat).toContain('日期：2022年6月9日');
      expect(flat).toContain('星河精密制造有限公司，星河区');
      expect(flat).toContain('2022年7月1日');
      expect(flat).toContain('2022年6月10日');
      expect(flat).not.toMatch(/[\u4e00-\u9fff]: /);
    }
  });
});

describe('an English briefing on the Chinese work-briefing template', () => {
  it('prints English dates', async () => {
    const template = await builtinTemplate('cn-work-briefing');
    const text = squeeze(pdfRawText(await exportPdf(sampleDocument('en'), template, renderer)));
    expect(text).toContain('10June2022');
    expect(text).not.toMatch(/\d+年\d+月\d+日/);
  });
});
