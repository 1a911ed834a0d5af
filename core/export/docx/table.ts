import { Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import type { TableBlock } from '../plan/index.ts';
import { STYLE, type DocxContext } from './context.ts';
import { plainRuns } from './runs.ts';

/** 2 pt and 4 pt in twips (20 a point), as .bc-table td's padding in core/export/html/styles.ts. */
export const CELL_PADDING_TWIPS = { vertical: 40, horizontal: 80 };

const cellParagraph = (text: string, bold = false) =>
  new Paragraph({ style: STYLE.tableText, children: plainRuns(text, bold ? { bold: true } : {}) });

/** The plan's width fractions as twips of the type area; the last column takes the rounding. */
export function columnWidths(fractions: readonly number[], total: number): number[] {
  const widths = fractions.map((f) => Math.round(f * total));
  const drift = total - widths.reduce((a, b) => a + b, 0);
  if (widths.length > 0) widths[widths.length - 1]! += drift;
  return widths;
}

/**
 * Attendees and follow-ups as a Word table: a header row that repeats on every page, a label row per group
 * spanning all columns and kept with its first person, and no row split across a page break.
 */
export function planTable(block: TableBlock, ctx: DocxContext): Table {
  const widths = columnWidths(block.widths, ctx.page.typeAreaWidth);
  const cell = (text: string, column: number, bold = false) =>
    new TableCell({ width: { size: widths[column] ?? 0, type: WidthType.DXA }, children: [cellParagraph(text, bold)] });
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: block.header.map(
      (text, i) =>
        new TableCell({
          width: { size: widths[i] ?? 0, type: WidthType.DXA },
          shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'F2F2F2' },
          children: [cellParagraph(text, true)],
        }),
    ),
  });
  const body = block.groups.flatMap((group) => {
    const label = group.label
      ? [
          new TableRow({
            cantSplit: true,
            keepNext: true,
            children: [new TableCell({ columnSpan: block.header.length, children: [cellParagraph(group.label, true)] })],
          }),
        ]
      : [];
    const rows = group.rows.map(
      (cells) => new TableRow({ cantSplit: true, children: block.header.map((_, i) => cell(cells[i] ?? '', i)) }),
    );
    return [...label, ...rows];
  });
  return new Table({
    style: STYLE.table,
    width: { size: ctx.page.typeAreaWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    // The print HTML's cell padding (2 pt 4 pt), not Word's and LibreOffice's default 0.19 cm a side: with the
    // same room inside each cell, a name that fits one line in the PDF fits it in the DOCX too.
    margins: { marginUnitType: WidthType.DXA, top: CELL_PADDING_TWIPS.vertical, bottom: CELL_PADDING_TWIPS.vertical, left: CELL_PADDING_TWIPS.horizontal, right: CELL_PADDING_TWIPS.horizontal },
    rows: [header, ...body],
  });
}
