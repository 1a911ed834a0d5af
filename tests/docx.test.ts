import { beforeAll, describe, expect, it } from 'vitest';
import { exportDocx } from '../core/export/docx/index.ts';
import { buildPlan } from '../core/export/index.ts';
import type { BriefingDocument } from '../core/model/index.ts';
import type { Template } from '../core/template/index.ts';
import { attributeValues, readDocx, styleXml, type DocxPackage } from './helpers/docxRead.ts';
import { sampleDocument, validBriefing } from './fixtures/briefings.ts';
import { builtinTemplate } from './fixtures/templates.ts';

let cnTemplate: Template;
let enTemplate: Template;
let cn: DocxPackage;
let en: DocxPackage;
let cnDoc: BriefingDocument;
let enDoc: BriefingDocument;

/** The sample with a text section holding a rich-text heading and two numbered lists, to see levels and restarts. */
function withRichText(doc: BriefingDocument): BriefingDocument {
  const item = (text: string) => ({ type: 'list-item', children: [{ text }] });
  const raw = structuredClone(doc.briefing) as unknown as { sections: unknown[] };
  raw.sections.splice(4, 0, {
    id: 's-rich',
    type: 'text',
    heading: 'Lists',
    body: [
      { type: 'heading', level: 1, children: [{ text: 'Deep heading' }] },
      { type: 'numbered-list', children: [item('first one'), item('first two')] },
      { type: 'paragraph', children: [{ text: 'Between the lists.' }] },
      { type: 'numbered-list', children: [item('second one')] },
    ],
  });
  return { briefing: validBriefing(raw), media: doc.media };
}

beforeAll(async () => {
  cnTemplate = await builtinTemplate('cn-work-briefing');
  enTemplate = await builtinTemplate('en-visit-report');
  cnDoc = withRichText(sampleDocument('zh-CN'));
  enDoc = withRichText(sampleDocument('en'));
  cn = readDocx(await exportDocx(cnDoc, cnTemplate));
  en = readDocx(await exportDocx(enDoc, enTemplate));
});

const paragraphsWithStyle = (xml: string, styleId: string) =>
  [...xml.matchAll(/<w:p\b[^>]*>[\s\S]*?<\/w:p>/g)].map((m) => m[0]).filter((p) => p.includes(`<w:pStyle w:val="${styleId}"/>`));
const visibleText = (paragraph: string) => [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

describe('DOCX styles: Word navigation pane and TOC work', () => {
  it('prints headings in Heading1-3 styles, their plan numbers as text at the start', () => {
    const doc = cn.xml('word/document.xml');
    expect(paragraphsWithStyle(doc, 'Heading1').map(visibleText)).toEqual([
      '一、参加人员', '二、调研行程', '三、座谈交流', '四、现场图片', '五、Lists', '六、调研结论', '七、下一步工作',
    ]);
    // The text section's own level-1 heading is one level below 六、, as a site is below 二、: （一）.
    expect(paragraphsWithStyle(doc, 'Heading2').map(visibleText)).toEqual(['（一）智能装配车间（14:30）', '（一）Deep heading']);
    expect(paragraphsWithStyle(en.xml('word/document.xml'), 'Heading2').map(visibleText)).toEqual(['2.1 Assembly hall (14:30)', '5.1 Deep heading']);
  });

  it('defines the heading styles with outline levels and the template fonts, East Asian face included', () => {
    const styles = cn.xml('word/styles.xml');
    [0, 1, 2].forEach((level) => expect(styleXml(styles, `Heading${level + 1}`)).toContain(`<w:outlineLvl w:val="${level}"/>`));
    expect(styleXml(styles, 'Heading1')).toMatch(/w:eastAsia="SimHei"/);
    expect(styleXml(styles, 'Heading2')).toMatch(/w:eastAsia="KaiTi"/);
    const normal = styleXml(styles, 'Normal');
    expect(normal).toMatch(/<w:rFonts [^>]*w:eastAsia="FangSong"/);
    expect(normal).toMatch(/<w:rFonts [^>]*w:ascii="Times New Roman"/);
    expect(normal).toContain('<w:sz w:val="32"/>');
    expect(normal).toMatch(/w:line="578" w:lineRule="exact"/);
    expect(normal).toMatch(/w:firstLineChars="200"/);
    expect(normal).toContain('<w:jc w:val="both"/>');
    expect(styleXml(styles, 'Title')).toMatch(/w:eastAsia="SimSun"/);
    // The English report's 1.2 × 11 pt, as CSS reads a multiple: 13.2 pt exact (Word's own "multiple" is of the
    // font's line height, a fifth taller with Calibri).
    expect(styleXml(en.xml('word/styles.xml'), 'Normal')).toMatch(/w:line="264" w:lineRule="exact"/);
  });

  it('puts the title, captions and body in Title, Caption and Normal', () => {
    const doc = cn.xml('word/document.xml');
    expect(paragraphsWithStyle(doc, 'Title').map(visibleText)).toEqual([cnDoc.briefing.meta.title]);
    expect(paragraphsWithStyle(doc, 'Caption').map(visibleText)).toEqual(['图1　调研组参观装配车间', '图2　座谈会现场']);
    expect(paragraphsWithStyle(doc, 'Normal').map(visibleText)).toContain('介绍了公司数字化转型和绿色生产情况。');
  });

  it('numbers figures with SEQ fields whose shown result is the plan number', () => {
    const captions = paragraphsWithStyle(en.xml('word/document.xml'), 'Caption');
    const seq = /<w:fldChar w:fldCharType="begin"\/><\/w:r><w:r><w:instrText[^>]*> SEQ Figure \\\* ARABIC <\/w:instrText><\/w:r><w:r><w:fldChar w:fldCharType="separate"\/><\/w:r><w:r><w:t[^>]*>(\d+)<\/w:t><\/w:r><w:r><w:fldChar w:fldCharType="end"\/>/;
    expect(captions.map((p) => seq.exec(p)?.[1])).toEqual(['1', '2']);
  });
});

describe('DOCX lists', () => {
  it('defines bullet and decimal numbering and starts every numbered list again at 1', () => {
    const numbering = en.xml('word/numbering.xml');
    expect(numbering).toContain('<w:numFmt w:val="bullet"/>');
    expect(numbering).toContain('<w:numFmt w:val="decimal"/>');
    const doc = en.xml('word/document.xml');
    const numIdOf = (text: string) => {
      const paragraph = paragraphsWithStyle(doc, 'ListParagraph').find((p) => visibleText(p) === text);
      return /<w:numId w:val="(\d+)"\/>/.exec(paragraph ?? '')?.[1];
    };
    expect(numIdOf('first one')).toBeDefined();
    expect(numIdOf('first two')).toBe(numIdOf('first one'));
    expect(numIdOf('second one')).not.toBe(numIdOf('first one'));
    const second = new RegExp(`<w:num w:numId="${numIdOf('second one')}">[\\s\\S]*?</w:num>`).exec(numbering)?.[0];
    expect(second).toContain('<w:startOverride w:val="1"/>');
  });
});

describe('DOCX page setup', () => {
  it('sets A4 and the GB/T 9704 margins (37/35/28/26 mm) in twips', () => {
    const doc = cn.xml('word/document.xml');
    expect(doc).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    expect(doc).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
  });

  it('sets a 22-line grid and condenses the body so exactly 28 characters fill a line', () => {
    const grid = /<w:docGrid w:type="lines" w:linePitch="(\d+)"\/>/.exec(cn.xml('word/document.xml'));
    expect(grid).not.toBeNull();
    const linePitch = Number(grid![1]);
    expect(linePitch * 22).toBeLessThanOrEqual(16838 - 2098 - 1984);
    expect(linePitch * 23).toBeGreaterThan(16838 - 2098 - 1984);
    const normal = styleXml(cn.xml('word/styles.xml'), 'Normal');
    const spacing = /<w:rPr>[\s\S]*<w:spacing w:val="(-?\d+)"\/>/.exec(normal);
    expect(spacing).not.toBeNull();
    const cellPt = 16 + Number(spacing![1]) / 20;
    const lineWidthPt = (11906 - 1587 - 1474) / 20;
    expect(cellPt * 28).toBeLessThanOrEqual(lineWidthPt);
    expect(cellPt * 29).toBeGreaterThan(lineWidthPt);
    expect(en.xml('word/document.xml')).not.toContain('<w:docGrid w:type="lines"');
  });

  it('switches to Letter when asked', async () => {
    const letter = readDocx(await exportDocx(enDoc, enTemplate, { pageSize: 'Letter' }));
    expect(letter.xml('word/document.xml')).toContain('<w:pgSz w:w="12240" w:h="15840" w:orient="portrait"/>');
    expect(en.xml('word/document.xml')).toContain('<w:pgSz w:w="11906" w:h="16838"');
  });
});

describe('DOCX images', () => {
  it('stores the briefing photos and the template logo byte for byte, uncompressed', () => {
    for (const [pkg, doc, extra] of [
      [cn, cnDoc, []],
      [en, enDoc, [enTemplate.assets.get('logo.png')!]],
    ] as const) {
      const inputs = [...doc.media.values(), ...extra];
      const media = Object.keys(pkg.parts).filter((p) => p.startsWith('word/media/'));
      expect(media).toHaveLength(inputs.length);
      for (const input of inputs) {
        const match = media.find((p) => Buffer.from(pkg.parts[p]!).equals(Buffer.from(input)));
        expect(match, 'an input image is missing from word/media').toBeDefined();
        expect(pkg.methods[match!]).toBe(0);
      }
      expect(pkg.methods['word/document.xml']).toBe(8);
    }
  });

  it('fits photos to their column (cn sets two a row) keeping their aspect, and keeps each with its caption', () => {
    const doc = cn.xml('word/document.xml');
    const typeAreaEmu = (11906 - 1587 - 1474) * 635;
    const extents = [...doc.matchAll(/<wp:extent cx="(\d+)" cy="(\d+)"\/>/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
    expect(extents).toHaveLength(2);
    for (const [cx, cy] of extents) {
      // Half the type area less half the 6 mm gap: 75 of 156 mm.
      expect(cx).toBeLessThanOrEqual(typeAreaEmu / 2);
      expect(cx).toBeGreaterThan(typeAreaEmu * 0.47);
      expect(cx / cy).toBeCloseTo(320 / 200, 2);
    }
    const imageParagraphs = [...doc.matchAll(/<w:p>(?:(?!<\/w:p>)[\s\S])*?<w:drawing>/g)].map((m) => m[0]);
    imageParagraphs.forEach((p) => expect(p).toContain('<w:keepNext/>'));
  });
});

describe('DOCX page numbers', () => {
  it('numbers GB/T pages "— N —" on the right of odd pages and the left of even ones, one character in', () => {
    expect(cn.xml('word/settings.xml')).toMatch(/<w:evenAndOddHeaders\/>|<w:evenAndOddHeaders w:val="(true|1)"\/>/);
    const doc = cn.xml('word/document.xml');
    const rels = cn.xml('word/_rels/document.xml.rels');
    const footerOf = (type: string) => {
      const id = new RegExp(`<w:footerReference w:type="${type}" r:id="(rId\\d+)"/>`).exec(doc)?.[1];
      const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
      return cn.xml(`word/${target}`);
    };
    const odd = footerOf('default');
    const even = footerOf('even');
    expect(odd).toContain('<w:jc w:val="right"/>');
    expect(odd).toMatch(/<w:ind w:right="280"/);
    expect(even).toContain('<w:jc w:val="left"/>');
    expect(even).toMatch(/<w:ind w:left="280"/);
    for (const footer of [odd, even]) {
      expect(footer).toMatch(/<w:t[^>]*>— <\/w:t>[\s\S]*<w:instrText[^>]*>PAGE<\/w:instrText>[\s\S]*<w:t[^>]*> —<\/w:t>/);
      expect(footer).toMatch(/w:eastAsia="SimSun"[\s\S]*<w:sz w:val="28"\/>/);
    }
  });

  it('prints "Page N of M" centred with PAGE and NUMPAGES fields on every page of the English report', () => {
    const doc = en.xml('word/document.xml');
    expect(doc).not.toContain('w:type="even"');
    expect(en.xml('word/settings.xml')).not.toMatch(/<w:evenAndOddHeaders\/>/);
    const footer = en.xml('word/footer1.xml');
    expect(footer).toContain('<w:jc w:val="center"/>');
    expect(footer).toMatch(/>Page <\/w:t>[\s\S]*>PAGE<\/w:instrText>[\s\S]*> of <\/w:t>[\s\S]*>NUMPAGES<\/w:instrText>/);
  });
});

describe('DOCX masthead, tables and closing block', () => {
  it('prints the red header: red name, office left and date right over a red rule the width of the type area', () => {
    const doc = cn.xml('word/document.xml');
    const name = [...doc.matchAll(/<w:p>[\s\S]*?<\/w:p>/g)].map((m) => m[0]).find((p) => visibleText(p) === '工作简报');
    expect(name).toContain('<w:color w:val="E60012"/>');
    expect(name).toContain('<w:sz w:val="84"/>');
    const ruled = [...doc.matchAll(/<w:p>[\s\S]*?<\/w:p>/g)].map((m) => m[0]).find((p) => visibleText(p).startsWith('市人大常委会办公室'));
    expect(ruled).toMatch(/<w:bottom w:val="single" w:color="E60012" w:sz="12"/);
    expect(ruled).toContain('<w:tab w:val="right" w:pos="8845"/>');
    const { office, date } = buildPlan(cnDoc.briefing, cnTemplate.manifest).masthead;
    expect(visibleText(ruled!)).toBe(`${office}\t${date}`);
  });

  it('lists attendees in a table with a repeated header row, group rows across all columns and unsplittable rows', () => {
    // The first table of the report is its letterhead row; the attendees' is the first in the table style.
    const table = [...en.xml('word/document.xml').matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]).find((t) => t.includes('<w:tblHeader/>'))!;
    expect(table).toContain('<w:tblStyle w:val="BriefingTable"/>');
    expect(table.match(/<w:tblHeader\/>/g)).toHaveLength(1);
    expect(table.match(/<w:gridSpan w:val="3"\/>/g)).toHaveLength(2);
    expect(table.match(/<w:tr>/g)!.length).toBe(table.match(/<w:cantSplit\/>/g)!.length);
    expect(styleXml(en.xml('word/styles.xml'), 'BriefingTable')).toContain('<w:insideH ');
  });

  it('sets the GB/T distribution block between rules, floating at the foot of the last page', () => {
    const doc = cn.xml('word/document.xml');
    const tables = [...doc.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
    const block = tables.at(-1)!;
    const rows = [...block.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => visibleText(m[0]));
    expect(rows).toEqual(['报：市委办公室，市政府办公室', '市工信局　　2022年6月10日印发（共印20份）']);
    expect(block).toMatch(/印发<\/w:t><\/w:r><w:r>(?:(?!<\/w:r>)[\s\S])*<w:tab\/><w:t[^>]*>（共印20份）/);
    const float = /<w:tblpPr [^>]*\/>/.exec(block)![0];
    expect(float).toContain('w:vertAnchor="margin"');
    expect(float).toContain('w:tblpYSpec="bottom"');
    expect(block).toMatch(/<w:tblBorders><w:top w:val="single"[\s\S]*<w:bottom w:val="single"[\s\S]*<w:insideH w:val="single"/);
    expect(block).toMatch(/w:eastAsia="FangSong"[\s\S]*<w:sz w:val="28"\/>/);
    expect(doc.indexOf(block)).toBeGreaterThan(doc.lastIndexOf('（共印') - block.length);
    expect(en.xml('word/document.xml')).not.toContain('<w:tblpPr');
  });
});

describe('DOCX document properties', () => {
  it('carries title, author, subject and language', () => {
    const core = cn.xml('docProps/core.xml');
    expect(core).toContain(`<dc:title>${cnDoc.briefing.meta.title}</dc:title>`);
    expect(core).toContain('<dc:creator>周撰稿</dc:creator>');
    expect(core).toContain('<dc:subject>星河精密制造有限公司 · 2022-06-09</dc:subject>');
    expect(core).toContain('<dc:language>zh-CN</dc:language>');
    expect(attributeValues(cn.xml('word/styles.xml'), 'w:lang', 'w:eastAsia')).toContain('zh-CN');
  });
});
