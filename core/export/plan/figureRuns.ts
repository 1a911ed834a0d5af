import type { PhotoLayout } from '../../model/index.ts';
import type { TemplateManifest } from '../../template/index.ts';
import type { Block, FigureBlock } from './blocks.ts';

/** Consecutive figures of one layout, in rows of one or two (a row of a two-up layout may hold one). */
export interface FigureRun {
  kind: 'figureRun';
  layout: PhotoLayout;
  rows: FigureBlock[][];
}

export type LaidOutBlock = Exclude<Block, FigureBlock> | FigureRun;

const PER_ROW: Record<PhotoLayout, number> = { one: 1, two: 2, grid: 2 };
/** Rows a page of the type area holds: a 2×2 grid is two rows, kept together. */
const ROWS_PER_PAGE: Record<PhotoLayout, number> = { one: 2, two: 3, grid: 2 };

/** The plan's blocks with each run of figures gathered into rows, as both exporters lay them out. */
export function withFigureRuns(blocks: readonly Block[]): LaidOutBlock[] {
  const out: LaidOutBlock[] = [];
  let run: FigureRun | undefined;
  for (const block of blocks) {
    if (block.kind !== 'figure') {
      run = undefined;
      out.push(block);
      continue;
    }
    if (!run || run.layout !== block.layout) {
      run = { kind: 'figureRun', layout: block.layout, rows: [] };
      out.push(run);
    }
    const last = run.rows.at(-1);
    if (last && last.length < PER_ROW[block.layout]) last.push(block);
    else run.rows.push([block]);
  }
  return out;
}

/** A grid's rows two by two (each pair kept on one page); other layouts' rows one by one. */
export function rowGroups(run: FigureRun): FigureBlock[][][] {
  const size = run.layout === 'grid' ? 2 : 1;
  const groups: FigureBlock[][][] = [];
  for (let i = 0; i < run.rows.length; i += size) groups.push(run.rows.slice(i, i + size));
  return groups;
}

/**
 * The box a photo of this layout fits in, in mm: its column's width, and the height that lets the layout's rows
 * (with their captions) fill a page. Photos keep their aspect ratio inside it.
 */
export function photoBoxMm(
  manifest: TemplateManifest,
  layout: PhotoLayout,
  typeArea: { widthMm: number; heightMm: number },
  withCredit: boolean,
): { widthMm: number; heightMm: number } {
  const PT_MM = 25.4 / 72;
  const columns = PER_ROW[layout];
  const widthMm = (typeArea.widthMm - (columns - 1) * manifest.photos.gapMm) / columns;
  // Two caption lines (a caption may wrap in a narrow column), a credit line, and the figure's own spacing.
  const captionLines = 2 + (withCredit ? 1 : 0);
  const captionMm = captionLines * manifest.captions.font.sizePt * 1.5 * PT_MM + 15 * PT_MM;
  const heightMm = Math.max(20, typeArea.heightMm / ROWS_PER_PAGE[layout] - captionMm - 2);
  return { widthMm, heightMm };
}

/** A photo's printed size inside its box, aspect kept. */
export function fitInBox(widthPx: number, heightPx: number, box: { widthMm: number; heightMm: number }): { widthMm: number; heightMm: number } {
  const scale = Math.min(box.widthMm / widthPx, box.heightMm / heightPx);
  return { widthMm: widthPx * scale, heightMm: heightPx * scale };
}
