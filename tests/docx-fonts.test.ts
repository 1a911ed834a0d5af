/**
 * Fonts that survive other machines. The DOCX names the faces every Windows 10/11 PC has (FangSong, KaiTi, SimHei,
 * SimSun) with the template's GB/T names as their alternatives, and a font table saying what each is (GB2312
 * charset, family, panose), so Word substitutes like for like. LibreOffice on Linux, with the fontconfig rules the
 * project ships, sets the body in a serif CJK face instead of falling back to Noto Sans CJK.
 */
import { describe, expect, it } from 'vitest';
import { exportDocx } from '../core/export/docx/index.ts';
import { sampleDocument } from './fixtures/briefings.ts';
import { builtinTemplate } from './fixtures/templates.ts';
import { readDocx, styleXml } from './helpers/docxRead.ts';
import { libreOfficePdf } from './helpers/libreOfficePdf.ts';
import { pdfFonts } from './helpers/pdfRead.ts';

/** Each w:font of fontTable.xml by name, as its inner XML. */
function fontTable(xml: string): Map<string, string> {
  return new Map([...xml.matchAll(/<w:font w:name="([^"]+)">([\s\S]*?)<\/w:font>/g)].map((m) => [m[1]!, m[2]!]));
}

describe('cn-work-briefing DOCX fonts', () => {
  it('names the Windows 10/11 faces in its styles, and describes each in the font table with its GB/T alternative', async () => {
    const docx = readDocx(await exportDocx(sampleDocument('zh-CN'), await builtinTemplate('cn-work-briefing')));
    const styles = docx.xml('word/styles.xml');
    expect(styleXml(styles, 'Normal')).toMatch(/w:eastAsia="FangSong"/);
    expect(styleXml(styles, 'Title')).toMatch(/w:eastAsia="SimSun"/);
    expect(styleXml(styles, 'Heading1')).toMatch(/w:eastAsia="SimHei"/);
    expect(styleXml(styles, 'Heading2')).toMatch(/w:eastAsia="KaiTi"/);
    const table = fontTable(docx.xml('word/fontTable.xml'));
    const expected: [string, string][] = [
      ['FangSong', '仿宋_GB2312'],
      ['KaiTi', '楷体_GB2312'],
      ['SimSun', '方正小标宋简体'],
      ['SimHei', '黑体'],
    ];
    for (const [face, alt] of expected) {
      const entry = table.get(face);
      expect(entry, face).toBeDefined();
      expect(entry).toContain(`<w:altName w:val="${alt}"/>`);
      expect(entry).toContain('<w:charset w:val="86"/>');
      expect(entry).toMatch(/<w:panose1 w:val="[0-9A-F]{20}"\/>/);
    }
    expect(table.get('Times New Roman')).toContain('<w:charset w:val="00"/>');
    expect(table.get('Times New Roman')).toContain('<w:family w:val="roman"/>');
  });

  it('comes out of LibreOffice, without the template fonts, in serif CJK faces (a Hei only for headings), never Noto Sans CJK', async () => {
    const bytes = await exportDocx(sampleDocument('zh-CN'), await builtinTemplate('cn-work-briefing'));
    const fonts = pdfFonts(await libreOfficePdf(bytes, { fontconfig: true })).map((f) => f.name.replace(/^[A-Z]{6}\+/, ''));
    expect(fonts.filter((name) => /NotoSans/i.test(name))).toEqual([]);
    // The body (FangSong) in AR PL UMing, the Ming serif Debian has; captions and subtitles (KaiTi) in a Kai.
    expect(fonts.some((name) => /UMing/.test(name))).toBe(true);
    expect(fonts.some((name) => /ZenKai|Kaiti|UKai/i.test(name))).toBe(true);
    const cjk = fonts.filter((name) => !/Liberation|Times|OpenSymbol/.test(name));
    expect(cjk.filter((name) => !/UMing|ZenKai|Kaiti|UKai|NotoSerifCJK|WenQuanYiZenHei/i.test(name))).toEqual([]);
  });
});
