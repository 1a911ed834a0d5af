import { Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import type { RichTableBlock, Run } from '../plan/index.ts';
import { STYLE, type DocxContext } from './context.ts';
import { textRuns } from './runs.ts';
import { CELL_PADDING_TWIPS, columnWidths } from './table.ts';

/**
 * A table from rich text as a real Word table, dressed like the follow-up table: the type area's width, a fixed
 * grid of the plan's column widths, no row split across pages, and a header row (when the table has one) shaded,
 * bold and repeated on every page.
 */
export function richTable(block: RichTableBlock, ctx: DocxContext): Table {
  const widths = columnWidths(block.widths, ctx.page.typeAreaWidth);
  const cell = (runs: Run[], column: number, header: boolean) =>
    new TableCell({
      width: { size: widths[column] ?? 0, type: WidthType.DXA },
      ...(header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'F2F2F2' } } : {}),
      children: [new Paragraph({ style: STYLE.tableText, children: textRuns(runs, header ? { bold: true } : {}) })],
    });
  const rows = block.rows.map((cells, r) => {
    const header = block.header && r === 0;
    return new TableRow({ cantSplit: true, ...(header ? { tableHeader: true } : {}), children: cells.map((runs, c) => cell(runs, c, header)) });
  });
  return new Table({
    style: STYLE.table,
    width: { size: ctx.page.typeAreaWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: { marginUnitType: WidthType.DXA, left: CELL_PADDING_TWIPS.horizontal, right: CELL_PADDING_TWIPS.horizontal, top: CELL_PADDING_TWIPS.vertical, bottom: CELL_PADDING_TWIPS.vertical },
    rows,
  });
}
