import { AlignmentType, ImportedXmlComponent, type IParagraphStyleOptions, type IStylesOptions } from 'docx';
import type { TemplateManifest } from '../../template/index.ts';
import type { Language } from '../../model/index.ts';
import { languageTagOf, STYLE } from './context.ts';
import { bodyLineSpacing, hexColor, lineSpacingFor, runFont, templateRun } from './fonts.ts';
import { CREDIT_SCALE, TABLE_RULE_PT } from '../plan/index.ts';
import { ptToEighths, ptToHalfPoints, ptToTwips } from './units.ts';

const align = (value: 'left' | 'center' | 'justify' | 'right') =>
  ({ left: AlignmentType.LEFT, center: AlignmentType.CENTER, justify: AlignmentType.JUSTIFIED, right: AlignmentType.RIGHT })[value];

/**
 * A first-line indent in characters. Word reads w:firstLineChars (hundredths of a character); the twips beside it
 * are what readers without character units (LibreOffice before 24.2, mammoth) fall back to.
 */
const indentChars = (chars: number, sizePt: number) =>
  chars > 0 ? { firstLineChars: Math.round(chars * 100), firstLine: ptToTwips(chars * sizePt) } : { firstLineChars: 0, firstLine: 0 };

/**
 * CSS's orphans/widows default (two lines), which the print HTML keeps; OOXML's default is off. docx writes a
 * style's w:widowControl (in schema order) though its style options type does not declare it, hence the spread.
 */
const WIDOW_CONTROL: { widowControl: boolean } = { widowControl: true };

const noIndent = { indent: { firstLineChars: 0, firstLine: 0 } };

function headingStyle(manifest: TemplateManifest, level: 0 | 1 | 2 | 3): IParagraphStyleOptions {
  const h = manifest.headings[level];
  return {
    id: STYLE.headings[level],
    name: `heading ${level + 1}`,
    basedOn: STYLE.normal,
    next: STYLE.normal,
    quickFormat: true,
    run: templateRun(manifest, h.font),
    paragraph: {
      outlineLevel: level,
      keepNext: true,
      keepLines: true,
      alignment: align(h.align),
      indent: indentChars(h.indentChars, h.font.sizePt),
      spacing: { ...lineSpacingFor(manifest.body.lineSpacing, h.font.sizePt), before: ptToTwips(h.spaceBeforePt), after: ptToTwips(h.spaceAfterPt) },
    },
  };
}

/** A table style, which docx's options cannot declare: single rules all round, the table font, snug cells. */
function tableStyle(manifest: TemplateManifest): ImportedXmlComponent {
  const f = manifest.fonts.table;
  const rule = `w:val="single" w:sz="${ptToEighths(TABLE_RULE_PT)}" w:space="0" w:color="${hexColor(manifest.colors.text)}"`;
  const sides = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((s) => `<w:${s} ${rule}/>`).join('');
  return ImportedXmlComponent.fromXmlString(
    `<w:style w:type="table" w:styleId="${STYLE.table}"><w:name w:val="Briefing Table"/><w:basedOn w:val="TableNormal"/>` +
      `<w:uiPriority w:val="59"/><w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>` +
      `<w:rPr><w:sz w:val="${Math.round(f.sizePt * 2)}"/></w:rPr>` +
      `<w:tblPr><w:tblBorders>${sides}</w:tblBorders><w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="100" w:type="dxa"/>` +
      `<w:bottom w:w="40" w:type="dxa"/><w:right w:w="100" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>`,
  );
}

/** Real Word styles, so Word's navigation pane, TOC and "update style" all work on the exported file. */
export function documentStyles(manifest: TemplateManifest, language: Language, characterSpacing?: number): IStylesOptions {
  const { body, fonts, captions, colors } = manifest;
  const bodyRun = runFont(fonts.body, colors.text);
  const lang = { value: languageTagOf(language), eastAsia: 'zh-CN' };
  const paragraphStyles: IParagraphStyleOptions[] = [
    {
      id: STYLE.normal,
      name: 'Normal',
      quickFormat: true,
      run: { ...bodyRun, language: lang, ...(characterSpacing ? { characterSpacing } : {}) },
      paragraph: {
        alignment: align(body.align),
        ...WIDOW_CONTROL,
        indent: indentChars(body.firstLineIndentChars, fonts.body.sizePt),
        spacing: { ...bodyLineSpacing(body.lineSpacing, fonts.body.sizePt), before: 0, after: ptToTwips(body.spaceAfterPt) },
      },
    },
    {
      id: STYLE.title,
      name: 'Title',
      basedOn: STYLE.normal,
      next: STYLE.normal,
      quickFormat: true,
      run: templateRun(manifest, fonts.title),
      paragraph: {
        alignment: align(manifest.title.align),
        ...noIndent,
        keepNext: true,
        spacing: { ...lineSpacingFor(body.lineSpacing, fonts.title.sizePt, 'title'), before: 0, after: ptToTwips(manifest.title.spaceAfterPt) },
      },
    },
    {
      id: STYLE.subtitle,
      name: 'Subtitle',
      basedOn: STYLE.normal,
      next: STYLE.normal,
      quickFormat: true,
      run: templateRun(manifest, fonts.subtitle),
      paragraph: { alignment: align(manifest.title.align), ...noIndent, keepNext: true, spacing: lineSpacingFor(body.lineSpacing, fonts.subtitle.sizePt, 'title') },
    },
    headingStyle(manifest, 0),
    headingStyle(manifest, 1),
    headingStyle(manifest, 2),
    headingStyle(manifest, 3),
    {
      id: STYLE.caption,
      name: 'caption',
      basedOn: STYLE.normal,
      next: STYLE.normal,
      quickFormat: true,
      run: templateRun(manifest, captions.font),
      paragraph: { alignment: align(captions.align), ...noIndent, keepLines: true, spacing: lineSpacingFor(body.lineSpacing, captions.font.sizePt, 'caption') },
    },
    {
      id: STYLE.credit,
      name: 'Figure Credit',
      basedOn: STYLE.caption,
      next: STYLE.normal,
      run: { italics: false, size: ptToHalfPoints(captions.font.sizePt * CREDIT_SCALE) },
      paragraph: { spacing: lineSpacingFor(body.lineSpacing, captions.font.sizePt * CREDIT_SCALE, 'caption') },
    },
    {
      id: STYLE.quote,
      name: 'Quote',
      basedOn: STYLE.normal,
      next: STYLE.normal,
      quickFormat: true,
      // Italic suits Latin text; Chinese faces have no italic and Word would slant them.
      run: language === 'en' ? { italics: true } : {},
      paragraph: { indent: { left: ptToTwips(2 * fonts.body.sizePt), right: ptToTwips(2 * fonts.body.sizePt) } },
    },
    { id: STYLE.plain, name: 'Body No Indent', basedOn: STYLE.normal, quickFormat: true, paragraph: noIndent },
    { id: STYLE.credits, name: 'Credits Line', basedOn: STYLE.normal, paragraph: { ...noIndent, alignment: AlignmentType.RIGHT } },
    {
      id: STYLE.fixed,
      name: 'Fixed Line',
      basedOn: STYLE.normal,
      paragraph: { ...noIndent, alignment: AlignmentType.LEFT, spacing: { before: 0, after: 0 } },
    },
    { id: STYLE.figureImage, name: 'Figure Image', basedOn: STYLE.fixed, run: { size: 2, sizeComplexScript: 2 }, paragraph: { alignment: AlignmentType.CENTER } },
    { id: STYLE.listItem, name: 'List Paragraph', basedOn: STYLE.normal, paragraph: { ...noIndent, contextualSpacing: true } },
    { id: STYLE.metaLine, name: 'Meta Line', basedOn: STYLE.normal, paragraph: { ...noIndent, alignment: AlignmentType.LEFT } },
    {
      id: STYLE.tableText,
      name: 'Table Text',
      basedOn: STYLE.normal,
      run: templateRun(manifest, fonts.table),
      paragraph: {
        ...noIndent,
        alignment: AlignmentType.LEFT,
        spacing: { before: 0, after: 0, ...lineSpacingFor(body.lineSpacing, fonts.table.sizePt, 'table') },
      },
    },
  ];
  return {
    default: { document: { run: { ...bodyRun, language: lang } } },
    paragraphStyles,
    importedStyles: [tableStyle(manifest)],
  };
}
