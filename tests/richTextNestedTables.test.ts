/**
 * Issue 9, item 8 in the exporters: nested list levels and tables typed or pasted into rich text, read back the way
 * people's tools read our files — the DOCX's own XML, mammoth, LibreOffice's PDF through pdftotext, and the print
 * HTML and its Chromium PDF through pdftotext.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkBriefing, enumerateFields } from '../core/check/index.ts';
import { exportDocx } from '../core/export/docx/index.ts';
import { printHtml } from '../core/export/html/index.ts';
import { listHtml } from '../core/export/html/lists.ts';
import { listLevels } from '../core/export/plan/listLevels.ts';
import { buildPlan, planText } from '../core/export/plan/index.ts';
import type { BriefingDocument, RichText } from '../core/model/index.ts';
import { exportPdf, PdfRenderer } from '../core/node/pdf/index.ts';
import type { Template } from '../core/template/index.ts';
import { sampleDocument, validBriefing } from './fixtures/briefings.ts';
import { builtinTemplate } from './fixtures/templates.ts';
import { attributeValues, expectInOrder, mammothHtml, readDocx } from './helpers/docxRead.ts';
import { libreOfficePdf } from './helpers/libreOfficePdf.ts';
import { missingInOrder, pdfText } from './helpers/pdfRead.ts';

const item = (text: string, indent = 0) => ({ type: 'list-item' as const, ...(indent ? { indent } : {}), children: [{ text }] });
const row = (...texts: string[]) => ({ type: 'table-row' as const, children: texts.map((text) => ({ type: 'table-cell' as const, children: [{ text }] })) });

const BODY: RichText = [
  { type: 'paragraph', children: [{ text: 'Before the list.' }] },
  { type: 'numbered-list', children: [item('Alpha top'), item('Alpha child one', 1), item('Alpha child two', 1), item('Alpha grandchild', 2), item('Beta top')] },
  { type: 'bulleted-list', children: [item('Dot top'), item('Dot child', 1)] },
  {
    type: 'table',
    header: true,
    children: [row('Time', 'Item', 'Owner'), row('09:00', 'Cell visit', 'Wang'), row('14:30', 'Cell talks\nsecond line', 'Li')],
  },
  { type: 'paragraph', children: [{ text: 'After the table.' }] },
];

function withBody(doc: BriefingDocument): BriefingDocument {
  const raw = structuredClone(doc.briefing) as unknown as { sections: unknown[] };
  raw.sections.splice(4, 0, { id: 's-nested', type: 'text', heading: 'Nested', body: BODY });
  return { briefing: validBriefing(raw), media: doc.media };
}

const listParagraphs = (xml: string) => [...xml.matchAll(/<w:p\b[^>]*>[\s\S]*?<\/w:p>/g)].map((m) => m[0]).filter((p) => p.includes('<w:numPr>'));
const visibleText = (paragraph: string) => [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

const cases = [
  { language: 'zh-CN', templateId: 'cn-work-briefing', child: ['（1）', '（2）'], grandchild: '①', top2: '2.' },
  { language: 'en', templateId: 'en-visit-report', child: ['a.', 'b.'], grandchild: 'i.', top2: '2.' },
] as const;

let renderer: PdfRenderer;
beforeAll(async () => {
  renderer = await PdfRenderer.launch();
});
afterAll(async () => renderer?.close());

describe.each(cases)('$language: nested lists and a table in rich text', ({ language, templateId, child, grandchild, top2 }) => {
  let template: Template;
  let doc: BriefingDocument;
  let docx: Uint8Array;
  beforeAll(async () => {
    template = await builtinTemplate(templateId);
    doc = withBody(sampleDocument(language));
    docx = await exportDocx(doc, template);
  });

  it('the plan keeps every level (one deeper at a time) and every cell, in reading order', () => {
    const plan = buildPlan(doc.briefing, template.manifest);
    const list = plan.blocks.find((b) => b.kind === 'list' && b.ordered);
    expect(list && list.kind === 'list' ? list.levels : undefined).toEqual([0, 1, 1, 2, 0]);
    const text = planText(plan);
    const from = text.indexOf('Alpha top');
    expect(text.slice(from, from + 15)).toEqual([
      'Alpha top', 'Alpha child one', 'Alpha child two', 'Alpha grandchild', 'Beta top', 'Dot top', 'Dot child',
      'Time', 'Item', 'Owner', '09:00', 'Cell visit', 'Wang', '14:30', 'Cell talks\nsecond line',
    ]);
  });

  it('DOCX: items carry their w:ilvl in one list instance; levels are numbered per the template language', () => {
    const xml = readDocx(docx).xml('word/document.xml');
    const items = listParagraphs(xml).filter((p) => /Alpha|Beta|Dot/.test(visibleText(p)));
    expect(items.map(visibleText)).toEqual(['Alpha top', 'Alpha child one', 'Alpha child two', 'Alpha grandchild', 'Beta top', 'Dot top', 'Dot child']);
    expect(items.map((p) => /<w:ilvl w:val="(\d)"\/>/.exec(p)?.[1])).toEqual(['0', '1', '1', '2', '0', '0', '1']);
    const numIds = items.map((p) => /<w:numId w:val="(\d+)"\/>/.exec(p)?.[1]);
    expect(new Set(numIds.slice(0, 5)).size).toBe(1);
    expect(numIds[5]).not.toBe(numIds[0]);
    const numbering = readDocx(docx).xml('word/numbering.xml');
    const level1 = /<w:lvl w:ilvl="1"[^>]*>[\s\S]*?<\/w:lvl>/g;
    const texts = [...numbering.matchAll(level1)].map((m) => /<w:lvlText w:val="([^"]*)"\/>/.exec(m[0])?.[1]);
    expect(texts).toContain(language === 'zh-CN' ? '（%2）' : '%2.');
  });

  it('DOCX: the table is a w:tbl with a grid of three columns, a repeating header row and rows that never split', () => {
    const xml = readDocx(docx).xml('word/document.xml');
    const table = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]).find((t) => t.includes('Cell visit'));
    expect(table).toBeDefined();
    expect(attributeValues(table!, 'w:gridCol', 'w:w')).toHaveLength(3);
    const rows = [...table!.matchAll(/<w:tr\b[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(rows.slice(1).every((r) => !r.includes('<w:tblHeader/>'))).toBe(true);
    expect(rows.every((r) => r.includes('<w:cantSplit/>'))).toBe(true);
    // The soft return in a cell is a line break, not a newline Word would show as a space.
    expect(rows[2]).toMatch(/Cell talks<\/w:t><\/w:r><w:r>(<w:rPr>[\s\S]*?<\/w:rPr>)?<w:br\/><w:t[^>]*>second line/);
  });

  it('mammoth: nested lists under their parent item and the table with its cells in order', async () => {
    const html = await mammothHtml(docx);
    expect(html).toMatch(/<li>Alpha top<ol><li>Alpha child one<\/li><li>Alpha child two<ol><li>Alpha grandchild<\/li><\/ol><\/li><\/ol><\/li><li>Beta top<\/li>/);
    expect(html).toMatch(/<li>Dot top<ul><li>Dot child<\/li><\/ul><\/li>/);
    expect(html).toMatch(/<table>[\s\S]*Time[\s\S]*Item[\s\S]*Owner[\s\S]*09:00[\s\S]*Cell visit[\s\S]*Wang[\s\S]*14:30[\s\S]*Cell talks[\s\S]*second line[\s\S]*Li[\s\S]*<\/table>/);
  });

  it('LibreOffice: the PDF shows the nested numbers and the table content in order', async () => {
    const text = pdfText(await libreOfficePdf(docx));
    expectInOrder(text, ['1.', 'Alpha top', child[0], 'Alpha child one', child[1], 'Alpha child two', grandchild, 'Alpha grandchild', top2, 'Beta top']);
    // A PDF reads a row line by line across its cells: the cell's second line comes after the row's first line.
    expectInOrder(text, ['Time', 'Item', 'Owner', '09:00', 'Cell visit', 'Wang', '14:30', 'Cell talks', 'Li', 'second line', 'After the table.']);
  }, 120_000);

  it('print HTML: nested lists inside their parent item, the header row a <thead>; its PDF shows the same numbers', async () => {
    const html = printHtml(doc, template);
    expect(html).toMatch(/<li[^>]*>Alpha top<ol class="bc-list bc-l1"><li[^>]*>Alpha child one<\/li><li[^>]*>Alpha child two<ol class="bc-list bc-l2"><li[^>]*>Alpha grandchild<\/li><\/ol><\/li><\/ol><\/li><li[^>]*>Beta top<\/li><\/ol>/);
    expect(html).toMatch(/<table class="bc-table bc-table-text" data-bc-path="sections\[4\]\.body\[3\]"><colgroup>.*<\/colgroup><thead><tr><th scope="col">Time<\/th>/);
    expect(html).toContain('Cell talks<br>second line');
    // The model path of a nested item is still its flat index.
    expect(html).toContain('data-bc-path="sections[4].body[1].children[3]">Alpha grandchild');
    const text = pdfText(await exportPdf(doc, template, renderer));
    expect(missingInOrder(text, ['1.', 'Alpha top', child[0], 'Alpha child one', child[1], 'Alpha child two', grandchild, 'Alpha grandchild', top2, 'Beta top'])).toEqual([]);
    expect(missingInOrder(text, ['Time', 'Item', 'Owner', '09:00', 'Cell visit', 'Wang', '14:30', 'Cell talks', 'Li', 'second line', 'After the table.'])).toEqual([]);
  }, 120_000);
});

describe('any levels, any table shape', () => {
  it('print levels step one at a time from 0, and the nested HTML lists always close what they open', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 8 }), { minLength: 1, maxLength: 12 }), fc.boolean(), (indents, ordered) => {
        const items = indents.map((indent, i) => ({ type: 'list-item' as const, indent, children: [{ text: `t${i}` }] }));
        const levels = listLevels(items);
        expect(levels[0]).toBe(0);
        levels.forEach((level, i) => i > 0 && expect(level).toBeLessThanOrEqual(levels[i - 1]! + 1));
        const html = listHtml({ kind: 'list', ordered, items: items.map((item) => [{ text: item.children[0]!.text }]), levels });
        const tag = ordered ? 'ol' : 'ul';
        expect(html.split(`<${tag} `).length).toBe(html.split(`</${tag}>`).length);
        expect(html.split('<li').length).toBe(html.split('</li>').length);
        // Every item's text, in order, once.
        expect([...html.matchAll(/>(t\d+)/g)].map((m) => m[1])).toEqual(items.map((item) => item.children[0]!.text));
      }),
      { numRuns: 300 },
    );
  });
});

describe('the checker sees every text of nested lists and tables', () => {
  it('one field per list item (flat path, any level) and per table cell (row and column), in reading order', async () => {
    const doc = withBody(sampleDocument('zh-CN'));
    const fields = enumerateFields(doc.briefing).filter((f) => f.path.startsWith('sections[4].body'));
    expect(fields.map((f) => [f.path, f.text])).toEqual([
      ['sections[4].body[0]', 'Before the list.'],
      ...['Alpha top', 'Alpha child one', 'Alpha child two', 'Alpha grandchild', 'Beta top'].map((text, i) => [`sections[4].body[1].children[${i}]`, text]),
      ['sections[4].body[2].children[0]', 'Dot top'],
      ['sections[4].body[2].children[1]', 'Dot child'],
      ...[['Time', 'Item', 'Owner'], ['09:00', 'Cell visit', 'Wang'], ['14:30', 'Cell talks\nsecond line', 'Li']].flatMap((cells, r) =>
        cells.map((text, c) => [`sections[4].body[3].children[${r}].children[${c}]`, text]),
      ),
      ['sections[4].body[4]', 'After the table.'],
    ]);
    // A finding in a cell names the cell.
    const raw = structuredClone(doc.briefing) as unknown as { sections: { body?: RichText }[] };
    const table = raw.sections[4]!.body![3]!;
    if (table.type === 'table') table.children[1]!.children[1]!.children = [{ text: '参观车间,听取介绍' }];
    const findings = checkBriefing(validBriefing(raw)).filter((f) => f.rule === 'punct-halfwidth');
    expect(findings.map((f) => f.path)).toContain('sections[4].body[3].children[1].children[1]');
  });
});
