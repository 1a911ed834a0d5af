import { DocumentGridType, type ISectionPropertiesOptions } from 'docx';
import type { FontRole, TemplateManifest } from '../../template/index.ts';
import { STYLE } from './context.ts';
import type { PageGeometry } from './units.ts';

/**
 * GB/T 9704's fixed grid (22 lines of 28 characters). The lines are Word's line grid: the pitch divides the type
 * area's height by the lines. The characters are not a character grid (linesAndChars): LibreOffice spreads every
 * glyph wider than a cell over two cells, halving the line there. Instead the body is condensed just enough that
 * exactly the given number of characters fills a line, which Word, WPS and LibreOffice all honour.
 */
export function documentGrid(manifest: TemplateManifest, page: PageGeometry): ISectionPropertiesOptions['grid'] {
  const grid = manifest.body.grid;
  if (!grid) return undefined;
  return { type: DocumentGridType.LINES, linePitch: Math.floor(page.typeAreaHeight / grid.linesPerPage) };
}

/** Character spacing for body text in twips (negative condenses), so `charsPerLine` characters fit and one more does not. */
export function gridCharacterSpacing(manifest: TemplateManifest, page: PageGeometry): number | undefined {
  const grid = manifest.body.grid;
  if (!grid) return undefined;
  const cellTwips = page.typeAreaWidth / grid.charsPerLine;
  return Math.floor(cellTwips - manifest.fonts.body.sizePt * 20);
}

/** On a character grid Word (and LibreOffice) spread any character larger than a cell over two cells. */
export const isOffGrid = (manifest: TemplateManifest, role: FontRole): boolean =>
  manifest.body.grid !== undefined && role.sizePt !== manifest.fonts.body.sizePt;

/** Paragraph styles that must not snap to the grid: those set in another size than the body, and fixed lines. */
export function offGridStyleIds(manifest: TemplateManifest): string[] {
  if (!manifest.body.grid) return [];
  const { fonts, captions, headings } = manifest;
  const bySize: [string, FontRole][] = [
    [STYLE.title, fonts.title],
    [STYLE.subtitle, fonts.subtitle],
    [STYLE.caption, captions.font],
    [STYLE.tableText, fonts.table],
    ...headings.map((h, i): [string, FontRole] => [STYLE.headings[i as 0 | 1 | 2 | 3], h.font]),
  ];
  return [STYLE.fixed, STYLE.figureImage, ...bySize.filter(([, role]) => isOffGrid(manifest, role)).map(([id]) => id)];
}

/** What follows w:snapToGrid in a paragraph's properties (schema order), so it goes in before the first of them. */
const AFTER_SNAP = ['<w:spacing', '<w:ind', '<w:contextualSpacing', '<w:jc', '<w:outlineLvl', '</w:pPr>'];

/**
 * docx writes run-level snapToGrid only, which Word honours for the character grid but LibreOffice ignores; the
 * paragraph-level switch goes into the named styles of styles.xml here.
 */
export function unsnapStyles(stylesXml: string, styleIds: readonly string[]): string {
  let xml = stylesXml;
  for (const id of styleIds) {
    const start = xml.indexOf(`w:styleId="${id}"`);
    if (start < 0) continue;
    const end = xml.indexOf('</w:style>', start);
    const style = xml.slice(start, end);
    const pPr = style.indexOf('<w:pPr>');
    let patched: string;
    if (pPr < 0) {
      const rPr = style.indexOf('<w:rPr>');
      const at = rPr < 0 ? style.length : rPr;
      patched = `${style.slice(0, at)}<w:pPr><w:snapToGrid w:val="0"/></w:pPr>${style.slice(at)}`;
    } else {
      const at = Math.min(...AFTER_SNAP.map((tag) => style.indexOf(tag, pPr)).filter((i) => i >= 0));
      patched = `${style.slice(0, at)}<w:snapToGrid w:val="0"/>${style.slice(at)}`;
    }
    xml = xml.slice(0, start) + patched + xml.slice(end);
  }
  return xml;
}
