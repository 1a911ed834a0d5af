import { AlignmentType, BorderStyle, LineRuleType, Paragraph, Table, TableCell, TableLayoutType, TableRow, WidthType, type IBorderOptions } from 'docx';
import { FIGURE_SPACE_PT, fitInBox, photoBoxMm, rowGroups, type FigureBlock, type FigureRun } from '../plan/index.ts';
import { STYLE, type DocxContext } from './context.ts';
import { complexField } from './fields.ts';
import { imageInfoOr, imageRun } from './images.ts';
import { plainRuns } from './runs.ts';
import { TWIPS_PER_MM, ptToTwips } from './units.ts';

const PX_PER_MM = 96 / 25.4;
const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'auto' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

/** The image's shown size in pixels (96 to the inch): fitted into its layout's box, aspect kept. */
export function fitFigure(block: FigureBlock, ctx: DocxContext): { width: number; height: number } {
  const typeArea = { widthMm: ctx.page.typeAreaWidth / TWIPS_PER_MM, heightMm: ctx.page.typeAreaHeight / TWIPS_PER_MM };
  const size = fitInBox(block.widthPx, block.heightPx, photoBoxMm(ctx.manifest, block.layout, typeArea, Boolean(block.credit)));
  // Not rounded to whole pixels: docx rounds to EMUs, so the photo is as tall as the print HTML's, to the point.
  return { width: size.widthMm * PX_PER_MM, height: size.heightMm * PX_PER_MM };
}

function mediaPath(ctx: DocxContext, mediaId: string): string {
  const index = ctx.document.briefing.media.findIndex((m) => m.id === mediaId);
  return `media[${index}]`;
}

/**
 * The image, centred and kept with its caption; the caption in Word's Caption style with its number as a real
 * SEQ field (so a table of figures works), the plan's number as the field's shown result; then the credit.
 * `keepWithNext` also ties the caption to what follows (the next row of a 2×2 grid).
 */
export function figureParagraphs(block: FigureBlock, ctx: DocxContext, keepWithNext = false): Paragraph[] {
  const { bytes, info } = imageInfoOr(ctx.document.media.get(block.mediaId), mediaPath(ctx, block.mediaId), `image "${block.mediaId}"`);
  const size = fitFigure(block, ctx);
  const image = new Paragraph({
    // Off the line grid (a fixed line): on the grid Word and LibreOffice round the picture up to whole grid lines.
    // In a 1 pt font: the line is as tall as the picture, with no body-sized descent under it (the print HTML's
    // picture is a block).
    style: STYLE.figureImage,
    alignment: AlignmentType.CENTER,
    keepNext: true,
    // An exact body line height would crop the picture to one line.
    spacing: { line: 240, lineRule: LineRuleType.AUTO, before: ptToTwips(FIGURE_SPACE_PT.around), after: 0 },
    children: [imageRun(ctx, { key: `media:${block.mediaId}`, bytes, info, ...size, name: block.caption })],
  });
  const caption = new Paragraph({
    style: STYLE.caption,
    keepNext: Boolean(block.credit) || keepWithNext,
    // The credit is the caption's second line, as in the print HTML; the figure's space comes after the last.
    spacing: { before: ptToTwips(FIGURE_SPACE_PT.aboveCaption), after: block.credit ? 0 : ptToTwips(FIGURE_SPACE_PT.around) },
    children: [
      ...plainRuns(block.captionLabel),
      ...complexField('SEQ Figure \\* ARABIC', block.captionNumberText),
      ...plainRuns(block.captionRest),
    ],
  });
  const credit = block.credit
    ? [new Paragraph({ style: STYLE.credit, keepNext: keepWithNext, spacing: { before: 0, after: ptToTwips(FIGURE_SPACE_PT.around) }, children: plainRuns(block.credit) })]
    : [];
  return [image, caption, ...credit];
}

/**
 * A run of figures. One a row: paragraphs, as above. Two a row or a 2×2 grid: a borderless table of two columns,
 * each photo with its caption in its cell, rows that never split (a lone last photo spans both columns, centred);
 * the first row of each grid pair is kept with the second.
 */
export function figureRunContent(run: FigureRun, ctx: DocxContext): (Paragraph | Table)[] {
  if (run.layout === 'one') return run.rows.flat().flatMap((f) => figureParagraphs(f, ctx));
  const total = ctx.page.typeAreaWidth;
  const column = Math.floor(total / 2);
  const widths = [column, total - column];
  const rows = rowGroups(run).flatMap((group) =>
    group.map((figures, i) => {
      const keep = run.layout === 'grid' && i < group.length - 1;
      return new TableRow({
        cantSplit: true,
        children: figures.map(
          (f, c) =>
            new TableCell({
              width: { size: figures.length === 1 ? total : (widths[c] ?? column), type: WidthType.DXA },
              ...(figures.length === 1 ? { columnSpan: 2 } : {}),
              borders: { top: NONE, bottom: NONE, left: NONE, right: NONE },
              children: figureParagraphs(f, ctx, keep),
            }),
        ),
      });
    }),
  );
  const table = new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    rows,
  });
  // A table right after another (two runs in a row) would merge with it in Word: keep a paragraph between, one
  // point high (the print HTML has nothing there).
  return [table, new Paragraph({ style: STYLE.figureImage, spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT }, children: [] })];
}
