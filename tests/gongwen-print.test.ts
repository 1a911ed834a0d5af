/**
 * The 公文 elements printed where GB/T 9704-2012 puts them, measured on the first page of the PDF (Chromium) and of
 * LibreOffice's rendering of the DOCX: 份号, 密级★期限, 紧急程度 top left of the type area, one a line, above the
 * masthead (7.2.1–7.2.3); 签发人 on the right of the issue line (7.2.6); 主送机关 under the title (7.3.2); 附件说明
 * under the body, two characters in, later names aligned under the first (7.3.4).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BriefingDocument, Meta } from '../core/model/index.ts';
import { exportDocx } from '../core/export/docx/index.ts';
import { exportPdf, PdfRenderer } from '../core/node/pdf/index.ts';
import { sampleDocument, validBriefing } from './fixtures/briefings.ts';
import { builtinTemplate } from './fixtures/templates.ts';
import { expectInOrder, mammothText } from './helpers/docxRead.ts';
import { libreOfficePdf } from './helpers/libreOfficePdf.ts';
import { pdfPages, pdfRawText, squeeze, type PdfPage } from './helpers/pdfRead.ts';

const PT_PER_MM = 72 / 25.4;
/** cn-work-briefing: A4, left margin 28 mm, right 26 mm, top 37 mm, body 16 pt. */
const LEFT = 28 * PT_PER_MM;
const RIGHT = (210 - 26) * PT_PER_MM;
const TOP = 37 * PT_PER_MM;
const EM = 16;
/** One character of the 28-a-line grid. */
const GRID_EM = (156 * PT_PER_MM) / 28;

interface Line {
  text: string;
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
  words: PdfPage['words'];
}

/** Words grouped into lines by their baseline, left to right. */
function linesOf(page: PdfPage): Line[] {
  const lines: Line[] = [];
  for (const w of [...page.words].sort((a, b) => a.yMax - b.yMax || a.xMin - b.xMin)) {
    const line = lines.find((l) => Math.abs(l.yMax - w.yMax) < 4);
    if (line) {
      line.words.push(w);
      line.xMin = Math.min(line.xMin, w.xMin);
      line.xMax = Math.max(line.xMax, w.xMax);
      line.yMin = Math.min(line.yMin, w.yMin);
    } else lines.push({ text: '', xMin: w.xMin, xMax: w.xMax, yMin: w.yMin, yMax: w.yMax, words: [w] });
  }
  for (const line of lines) line.text = squeeze(line.words.sort((a, b) => a.xMin - b.xMin).map((w) => w.text).join(''));
  return lines.sort((a, b) => a.yMax - b.yMax);
}

function lineWith(lines: Line[], text: string): Line {
  const line = lines.find((l) => l.text.includes(squeeze(text)));
  if (!line) throw new Error(`no line with "${text}" among:\n${lines.map((l) => l.text).join('\n')}`);
  return line;
}

/** Where a piece of text starts on its line: the left edge of the word holding its first character. */
function xOf(line: Line, text: string): number {
  let at = 0;
  const index = line.text.indexOf(squeeze(text));
  for (const w of line.words) {
    const len = squeeze(w.text).length;
    if (index < at + len) return w.xMin + ((w.xMax - w.xMin) * (index - at)) / Math.max(1, len);
    at += len;
  }
  throw new Error(`"${text}" not on line "${line.text}"`);
}

const GONGWEN: Partial<Meta> = {
  copyNumber: '000123',
  secrecyLevel: 'confidential',
  secrecyTerm: '1年',
  urgencyLevel: 'immediate',
  totalIssueNumber: '148',
  addressees: '市委办公室，市政府办公室',
  attachments: ['星河精密制造有限公司智能制造情况汇报材料及相关附表清单', '座谈会发言提纲'],
};

function withGongwen(language: 'zh-CN' | 'en', extra: Partial<Meta>): BriefingDocument {
  const doc = sampleDocument(language);
  return { ...doc, briefing: validBriefing({ ...doc.briefing, meta: { ...doc.briefing.meta, ...GONGWEN, ...extra } }) };
}

/** The layout checks, the same for both renderings of the first page. */
function expectGbtPositions(page: PdfPage, signers: string[]) {
  const lines = linesOf(page);
  const copy = lineWith(lines, '000123');
  const secrecy = lineWith(lines, '秘密★1年');
  const urgency = lineWith(lines, '特急');
  const name = lineWith(lines, '工作简报');
  // Lines 1, 2 and 3 of the type area, flush left, in that order, above the masthead.
  expect(copy.yMin).toBeGreaterThan(TOP - 4);
  expect(copy.yMin).toBeLessThan(TOP + 20);
  for (const l of [copy, secrecy, urgency]) expect(Math.abs(l.xMin - LEFT)).toBeLessThan(4);
  expect(copy.yMax).toBeLessThan(secrecy.yMin);
  expect(secrecy.yMax).toBeLessThan(urgency.yMin);
  expect(urgency.yMax).toBeLessThan(name.yMin);
  // Each mark is a line of its own.
  expect([copy.text, secrecy.text, urgency.text]).toEqual(['000123', '秘密★1年', '特急']);

  // The issue line: the issue 空一字 from the left, 签发人 ending one character from the right edge.
  const issue = lineWith(lines, '第12期（总第148期）');
  expect(issue.yMin).toBeGreaterThan(name.yMax);
  expect(Math.abs(issue.xMin - (LEFT + EM))).toBeLessThan(5);
  const last = signers.at(-1)!;
  expect(issue.text).toContain(last);
  const first = lineWith(lines, '签发人：');
  expect(first.text).toContain(signers[0]!);
  expect(Math.abs(first.xMax - (RIGHT - EM))).toBeLessThan(8);
  if (signers.length > 2) {
    // A third name goes to a second line, under the first name; the issue shares that last line.
    expect(first.yMax).toBeLessThan(issue.yMin);
    expect(Math.abs(xOf(issue, last) - xOf(first, signers[0]!))).toBeLessThan(4);
  } else {
    expect(first).toBe(issue);
  }

  // 主送机关 under the title, flush left, with a full-width colon; 附件 under the body, two characters in.
  const addressees = lineWith(lines, '市委办公室，市政府办公室：');
  expect(Math.abs(addressees.xMin - LEFT)).toBeLessThan(4);
  expect(addressees.yMin).toBeGreaterThan(lineWith(lines, '市调研组赴').yMax);
  return lines;
}

function expectAttachments(pages: PdfPage[]) {
  const all = pages.flatMap(linesOf);
  if (process.env.BC_DEBUG) console.log(all.map((l) => `${l.xMin.toFixed(1)} ${l.xMax.toFixed(1)} ${l.yMax.toFixed(1)} ${l.text} | ${l.words.map((w) => w.text + '@' + w.xMin.toFixed(1)).join(' ')}`).join('\n'));
  const label = lineWith(all, '附件：1.');
  expect(Math.abs(label.xMin - (LEFT + 2 * EM))).toBeLessThan(5);
  const wrapped = all[all.indexOf(label) + 1]!;
  const second = lineWith(all, '2.座谈会发言提纲');
  expect(wrapped.text).toBe('相关附表清单'.slice(-wrapped.text.length));
  // "2." under "1.", after the width of "附件：" (three grid characters of 156 mm / 28).
  expect(Math.abs(second.xMin - (label.xMin + 3 * GRID_EM))).toBeLessThan(5);
  // The long first name wraps under its own first character: one number's width right of the numbers.
  expect(wrapped.xMin - second.xMin).toBeGreaterThan(0.4 * EM);
  expect(wrapped.xMin - second.xMin).toBeLessThan(1.4 * EM);
  // Where the reader splits the name from its number, the second name starts there too.
  const name = second.words.find((w) => squeeze(w.text).startsWith('座谈会'));
  if (name) expect(Math.abs(name.xMin - wrapped.xMin)).toBeLessThan(3);
}

let renderer: PdfRenderer;
beforeAll(async () => {
  renderer = await PdfRenderer.launch();
});
afterAll(async () => renderer?.close());

describe('cn-work-briefing prints the 公文 elements at their GB/T 9704 positions', () => {
  it.each([[['张三']], [['张三', '李四', '王五']]])('in the PDF, with 签发人 %j', async (signers) => {
    const doc = withGongwen('zh-CN', { signers });
    const pages = pdfPages(await exportPdf(doc, await builtinTemplate('cn-work-briefing'), renderer));
    expectGbtPositions(pages[0]!, signers);
    expectAttachments(pages);
  });

  it.each([[['张三']], [['张三', '李四', '王五']]])('in LibreOffice (DOCX), with 签发人 %j', async (signers) => {
    const doc = withGongwen('zh-CN', { signers });
    const docx = await exportDocx(doc, await builtinTemplate('cn-work-briefing'));
    const pages = pdfPages(await libreOfficePdf(docx, { fontconfig: true }));
    expectGbtPositions(pages[0]!, signers);
    expectAttachments(pages);
    expectInOrder(await mammothText(docx), [
      '000123', '秘密★1年', '特急', '工作简报',
      // The issue shares the last line of names.
      ...(signers.length > 2 ? ['签发人：', signers[0]!, '第12期（总第148期）'] : ['第12期（总第148期）', '签发人：', signers[0]!]),
      doc.briefing.meta.title, '市委办公室，市政府办公室：', '附件：', '1.', '星河精密', '2.', '座谈会发言提纲',
    ]);
  });

  it('prints 增刊 on the issue line', async () => {
    const doc = withGongwen('zh-CN', { supplement: true, issueNumber: '2', totalIssueNumber: undefined });
    const text = squeeze(pdfRawText(await exportPdf(doc, await builtinTemplate('cn-work-briefing'), renderer)));
    expect(text).toContain('增刊第2期');
  });
});

describe('en-visit-report prints them plainly, labelled, in the same order', () => {
  it('in the PDF and the DOCX', async () => {
    const doc = withGongwen('en', { signers: ['Alice Morgan'], secrecyTerm: '1 year' });
    const template = await builtinTemplate('en-visit-report');
    const expected = [
      'Copy No. 000123', 'Classification: Confidential, 1 year', 'Precedence: Immediate', 'Signed off by: Alice Morgan',
      doc.briefing.meta.title, 'To: 市委办公室，市政府办公室', 'Attachments:', '1.', '2.', '座谈会发言提纲',
    ];
    expectInOrder(pdfRawText(await exportPdf(doc, template, renderer)), expected);
    expectInOrder(await mammothText(await exportDocx(doc, template)), expected);
  });
});
