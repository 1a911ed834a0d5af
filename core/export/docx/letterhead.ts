import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
  type IBorderOptions,
} from 'docx';
import type { Masthead } from '../plan/index.ts';
import { STYLE, type DocxContext } from './context.ts';
import { hexColor, lineSpacingFor, templateRun } from './fonts.ts';
import { imageInfoOr, imageRun } from './images.ts';
import { plainRuns } from './runs.ts';
import { ptToEighths, ptToHalfPoints, ptToTwips } from './units.ts';

const MM_TO_PX = 96 / 25.4;
const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'auto' };
/** As the print HTML's letterhead (masthead.ts there): the rule 4 pt under the row, the title 14 pt under the rule. */
const RULE_GAP_PT = 4;
const SPACE_BELOW_PT = 14;
/** The right column holds the document kind and issue, which never wrap. */
const KIND_SHARE = 0.35;

/**
 * A letterhead as the print HTML lays it out: one row, the logo beside the organisation at the left, the document
 * kind over the issue line at the right, both at the row's foot, the rule under the row. A borderless table (its
 * bottom border the rule) gives the DOCX the same height as the PDF's row; stacked paragraphs were twice as tall.
 */
export function letterheadContent(m: Masthead, ctx: DocxContext, marks: Paragraph[]): (Paragraph | Table)[] {
  const { masthead, fonts } = ctx.manifest;
  const nameRun = templateRun(ctx.manifest, masthead.nameFont);
  const logo = m.logo ? imageInfoOr(ctx.template.assets.get(m.logo), 'masthead.logo', `logo "${m.logo}"`) : undefined;
  const height = masthead.logoHeightMm * MM_TO_PX;
  const logoRun = logo
    ? [imageRun(ctx, { key: `template:${m.logo}`, ...logo, height, width: (height * logo.info.width) / logo.info.height, name: m.organisation ?? m.name })]
    : [];
  // The organisation stands a size above the document kind, beside its logo.
  const orgSize = ptToHalfPoints(masthead.nameFont.sizePt * 1.3);
  const orgRuns = m.organisation ? plainRuns(`${logo ? '  ' : ''}${m.organisation}`, { ...nameRun, size: orgSize, sizeComplexScript: orgSize }) : [];
  const fixed = (alignment: 'left' | 'right', sizePt: number) => ({
    style: STYLE.fixed,
    keepNext: true,
    alignment: alignment === 'left' ? AlignmentType.LEFT : AlignmentType.RIGHT,
    spacing: { ...lineSpacingFor(ctx.manifest.body.lineSpacing, sizePt, 'masthead'), before: 0, after: 0 },
  });
  const org = new Paragraph({ ...fixed('left', masthead.nameFont.sizePt), spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 }, children: [...logoRun, ...orgRuns] });
  const kind = [
    new Paragraph({ ...fixed('right', masthead.nameFont.sizePt), children: plainRuns(m.name, nameRun) }),
    ...(m.issueLine ? [new Paragraph({ ...fixed('right', fonts.body.sizePt), children: plainRuns(m.issueLine, templateRun(ctx.manifest, fonts.body)) })] : []),
  ];
  const total = ctx.page.typeAreaWidth;
  const right = Math.round(total * KIND_SHARE);
  const widths = [total - right, right];
  const rule: IBorderOptions = { style: BorderStyle.SINGLE, size: ptToEighths(masthead.rule.widthPt), color: hexColor(masthead.rule.color) };
  const cell = (children: Paragraph[], width: number) =>
    new TableCell({ width: { size: width, type: WidthType.DXA }, verticalAlign: VerticalAlignTable.BOTTOM, borders: { top: NONE, left: NONE, right: NONE, bottom: rule }, children });
  const table = new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: { marginUnitType: WidthType.DXA, left: 0, right: 0, top: 0, bottom: ptToTwips(RULE_GAP_PT) },
    borders: { top: NONE, left: NONE, right: NONE, bottom: rule, insideHorizontal: NONE, insideVertical: NONE },
    rows: [new TableRow({ cantSplit: true, children: [cell([org], widths[0]!), cell(kind, right)] })],
  });
  const below = new Paragraph({
    style: STYLE.fixed,
    keepNext: true,
    spacing: { before: 0, after: 0, line: ptToTwips(SPACE_BELOW_PT), lineRule: LineRuleType.EXACT },
    children: [],
  });
  return [...marks, table, below];
}
