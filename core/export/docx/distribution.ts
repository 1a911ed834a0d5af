import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  OverlapType,
  Paragraph,
  RelativeVerticalPosition,
  Table,
  TableAnchorType,
  TableCell,
  TableLayoutType,
  TableRow,
  Tab,
  TabStopType,
  TextRun,
  WidthType,
  type IBorderOptions,
} from 'docx';
import { DISTRIBUTION_SPACE_PT, DISTRIBUTION_THICK_RULE, type DistributionBlock } from '../plan/index.ts';
import { STYLE, type DocxContext } from './context.ts';
import { hexColor, lineSpacingFor, templateRun } from './fonts.ts';
import { plainRuns } from './runs.ts';
import { ptToEighths, ptToTwips } from './units.ts';

const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'auto' };

/**
 * The GB/T 9704 版记: 报/送/发 lines, then printed-by and copies, each on its own line, a character in from each
 * side, between rules the width of the type area — thick first and last, thin between. A one-column table, because
 * table borders survive in every reader (paragraph borders inside a frame are lost in LibreOffice). At the foot of
 * the last page it floats, anchored to the bottom of the type area, which Word, WPS and LibreOffice honour.
 */
export function distributionBlock(block: DistributionBlock, ctx: DocxContext): (Table | Paragraph)[] {
  const style = ctx.manifest.distribution;
  const run = templateRun(ctx.manifest, style.font);
  const color = hexColor(ctx.manifest.colors.text);
  const thick: IBorderOptions = { style: BorderStyle.SINGLE, size: ptToEighths(style.ruleWidthPt * DISTRIBUTION_THICK_RULE), color };
  const thin: IBorderOptions = { style: BorderStyle.SINGLE, size: ptToEighths(style.ruleWidthPt), color };
  const oneChar = ptToTwips(style.font.sizePt);
  // Printed-by and copies share the last line, copies at its right end, as the print HTML sets them.
  const lines: { text: string; atRight?: string }[] = [
    ...block.lines.map((line) => ({ text: line.label + line.text })),
    ...(block.printedBy || block.copies ? [{ text: block.printedBy ?? '', ...(block.copies ? { atRight: block.copies } : {}) }] : []),
  ];
  const rightTab = ctx.page.typeAreaWidth - 2 * ptToTwips(style.font.sizePt);
  if (lines.length === 0) return [];
  const rows = lines.map(
    (line) =>
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({
            width: { size: ctx.page.typeAreaWidth, type: WidthType.DXA },
            children: [
              new Paragraph({
                style: STYLE.fixed,
                keepNext: true,
                alignment: AlignmentType.LEFT,
                indent: { left: oneChar, right: oneChar },
                tabStops: [{ type: TabStopType.RIGHT, position: rightTab }],
                spacing: { ...lineSpacingFor(ctx.manifest.body.lineSpacing, style.font.sizePt, 'distribution'), before: 0, after: 0 },
                children: [
                  ...plainRuns(line.text, run),
                  ...(line.atRight ? [new TextRun({ ...run, children: [new Tab(), line.atRight] })] : []),
                ],
              }),
            ],
          }),
        ],
      }),
  );
  const table = new Table({
    width: { size: ctx.page.typeAreaWidth, type: WidthType.DXA },
    columnWidths: [ctx.page.typeAreaWidth],
    layout: TableLayoutType.FIXED,
    margins: { marginUnitType: WidthType.DXA, left: 0, right: 0, top: ptToTwips(DISTRIBUTION_SPACE_PT.linePadding), bottom: ptToTwips(DISTRIBUTION_SPACE_PT.linePadding) },
    borders: { top: thick, bottom: thick, insideHorizontal: thin, left: NONE, right: NONE, insideVertical: NONE },
    ...(block.atFootOfLastPage
      ? {
          float: {
            // Placed from the page's edge, at the left margin: LibreOffice makes a floating table a frame (and
            // honours its anchor) only when it is narrower than the area it is placed in, which the type area is
            // not and the page is. Word and WPS put it in the same place either way.
            horizontalAnchor: TableAnchorType.PAGE,
            absoluteHorizontalPosition: ctx.page.margins.left,
            verticalAnchor: TableAnchorType.MARGIN,
            relativeVerticalPosition: RelativeVerticalPosition.BOTTOM,
            overlap: OverlapType.NEVER,
          },
        }
      : {}),
    rows,
  });
  // Set apart from the text above when it follows on; a document must not end in a table either way.
  // The gap in front is an empty line exactly as high as the print HTML's space above the block.
  const gap = new Paragraph({
    style: STYLE.fixed,
    spacing: block.atFootOfLastPage ? { before: 0, after: 0 } : { before: 0, after: 0, line: ptToTwips(DISTRIBUTION_SPACE_PT.above), lineRule: LineRuleType.EXACT },
    children: [],
  });
  return block.atFootOfLastPage ? [table, gap] : [gap, table];
}
