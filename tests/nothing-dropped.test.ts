/**
 * Nothing the user typed is dropped: for random valid briefings with every optional field filled at random,
 * every non-empty string appears in the DOCX (mammoth, and LibreOffice for a few) and in the PDF (pdftotext
 * -raw) of both built-in templates, in either language.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDocx } from '../core/export/docx/index.ts';
import type { Language } from '../core/model/index.ts';
import { exportPdf, PdfRenderer } from '../core/node/pdf/index.ts';
import { localize, type Template } from '../core/template/index.ts';
import { sampleDocument, validBriefing } from './fixtures/briefings.ts';
import { arbitraryFullDocument } from './fixtures/everyField.ts';
import { builtinTemplate, type BuiltinTemplateId } from './fixtures/templates.ts';
import { libreOfficeText, mammothText } from './helpers/docxRead.ts';
import { squash } from './helpers/modelText.ts';
import { pdfRawText } from './helpers/pdfRead.ts';
import { userStrings } from './helpers/userStrings.ts';

const CASES: [Language, BuiltinTemplateId][] = [
  ['zh-CN', 'cn-work-briefing'],
  ['en', 'en-visit-report'],
  ['zh-CN', 'en-visit-report'],
  ['en', 'cn-work-briefing'],
];

/** The strings not found in the text (each searched on its own: this is about presence, not order). */
const missingFrom = (text: string, strings: readonly string[]) => {
  const hay = squash(text);
  return strings.filter((s) => !hay.includes(squash(s)));
};

/** Each page's text without its page number line, so a paragraph running over a page break reads whole. */
function withoutPageNumbers(raw: string, template: Template, language: Language): string {
  const pattern = localize(template.manifest.pageNumbers.pattern, language);
  const escaped = pattern.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s*');
  const numberLine = new RegExp(`^\\s*${escaped.replace('\\{n\\}', '\\d+').replace('{n}', '\\d+').replace('{total}', '\\d+')}\\s*$`);
  return raw
    .split('\f')
    .map((page) => page.split('\n').filter((line) => !numberLine.test(line)).join('\n'))
    .join('\n');
}

let renderer: PdfRenderer;
beforeAll(async () => {
  renderer = await PdfRenderer.launch();
});
afterAll(async () => renderer?.close());

describe.each(CASES)('random %s briefings with every field filled, on %s', (language, templateId) => {
  it('print every non-empty user string in the DOCX (mammoth) and the PDF (pdftotext -raw)', async () => {
    const template = await builtinTemplate(templateId);
    await fc.assert(
      fc.asyncProperty(arbitraryFullDocument(language), async (doc) => {
        const strings = userStrings(doc.briefing);
        const docx = await mammothText(await exportDocx(doc, template));
        expect(missingFrom(docx, strings), 'missing from the DOCX').toEqual([]);
        const pdf = withoutPageNumbers(pdfRawText(await exportPdf(doc, template, renderer)), template, language);
        expect(missingFrom(pdf, strings), 'missing from the PDF').toEqual([]);
      }),
      { numRuns: 5 },
    );
  });

  it('print every non-empty user string in the DOCX as LibreOffice reads it', async () => {
    const template = await builtinTemplate(templateId);
    await fc.assert(
      fc.asyncProperty(arbitraryFullDocument(language), async (doc) => {
        const text = await libreOfficeText(await exportDocx(doc, template));
        expect(missingFrom(text, userStrings(doc.briefing))).toEqual([]);
      }),
      { numRuns: 1 },
    );
  });
});

describe('cn-work-briefing prints when, where and who as a work briefing words it', () => {
  it('opens with date, time and place, names each attendee with organisation and title, and closes with 撰稿/审核', async () => {
    const template = await builtinTemplate('cn-work-briefing');
    const doc = sampleDocument('zh-CN');
    const b = structuredClone(doc.briefing);
    Object.assign(b.meta, { visitDate: '2025-03-18', startTime: '09:30', endTime: '11:00', location: '南宁市', organisationVisited: '某某新材料股份有限公司', reviewer: '李审核' });
    b.attendees[0] = { ...b.attendees[0]!, title: '副主任', organisation: '市人大常委会' };
    b.attendees[1] = { ...b.attendees[1]!, title: '市工信局局长', organisation: '市工信局' };
    const full = { briefing: validBriefing(b), media: doc.media };
    const expected = [
      '2025年3月18日09:30—11:00，调研组赴南宁市某某新材料股份有限公司调研。',
      // The organisation before the title; not twice when the title already names it.
      '市人大常委会副主任李文华带队，市工信局局长王建国、',
      '（撰稿：周撰稿　审核：李审核）',
    ];
    const docx = await mammothText(await exportDocx(full, template));
    const pdf = withoutPageNumbers(pdfRawText(await exportPdf(full, template, renderer)), template, 'zh-CN');
    expect(missingFrom(docx, expected)).toEqual([]);
    expect(missingFrom(pdf, expected)).toEqual([]);
  });
});
