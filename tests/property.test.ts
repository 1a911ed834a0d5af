import fc from 'fast-check';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { exportDocx } from '../core/export/docx/index.ts';
import { printHtml } from '../core/export/html/index.ts';
import type { Language } from '../core/model/index.ts';
import { arbitraryDocument } from './fixtures/arbitraryBriefing.ts';
import { builtinTemplate, type BuiltinTemplateId } from './fixtures/templates.ts';
import { htmlText } from './helpers/htmlText.ts';
import { firstOutOfOrder, modelTextInOrder } from './helpers/modelText.ts';

const CASES: [Language, BuiltinTemplateId][] = [
  ['en', 'en-visit-report'],
  ['zh-CN', 'cn-work-briefing'],
];

describe.each(CASES)('random %s briefings on %s', (language, templateId) => {
  it('export to DOCX whose text (read by mammoth) is the model text in order', async () => {
    const template = await builtinTemplate(templateId);
    await fc.assert(
      fc.asyncProperty(arbitraryDocument(language), async (doc) => {
        const bytes = await exportDocx(doc, template);
        const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
        const expected = modelTextInOrder(doc.briefing, template.manifest.attendees.groupOrder, template.manifest.attendees.style);
        const missing = firstOutOfOrder(value, expected);
        expect(missing === -1 ? 'all in order' : `missing or out of order: ${JSON.stringify(expected[missing])}`).toBe('all in order');
      }),
      { numRuns: 25 },
    );
  });

  it('export to print HTML whose text is the model text in order and carries no live markup from the user', async () => {
    const template = await builtinTemplate(templateId);
    fc.assert(
      fc.property(arbitraryDocument(language), (doc) => {
        const html = printHtml(doc, template);
        const expected = modelTextInOrder(doc.briefing, template.manifest.attendees.groupOrder, template.manifest.attendees.style);
        const missing = firstOutOfOrder(htmlText(html), expected);
        expect(missing === -1 ? 'all in order' : `missing or out of order: ${JSON.stringify(expected[missing])}`).toBe('all in order');
        // Every "<" a user typed must arrive escaped: the only tags are ours.
        expect(html).not.toMatch(/<(?!\/?(html|head|meta|title|style|body|div|section|header|footer|p|span|strong|em|u|h[1-6]|ul|ol|li|blockquote|table|thead|tbody|tr|th|td|colgroup|col|figure|figcaption|img|hr|br|b|i)\b|!DOCTYPE)/i);
      }),
      { numRuns: 60 },
    );
  });
});
