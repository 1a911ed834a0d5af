import { fitInBox, photoBoxMm, rowGroups, type FigureBlock, type FigureRun } from '../plan/index.ts';
import type { HtmlContext } from './context.ts';
import { dataUri } from './dataUri.ts';
import { escapeHtml, pathAttr } from './escape.ts';
import { num } from './geometry.ts';

/** The printed size of a figure's image: fitted, aspect kept, in its layout's box (see photoBoxMm). */
export function figureSizeMm(block: FigureBlock, ctx: HtmlContext): { widthMm: number; heightMm: number } {
  const { geometry, template } = ctx;
  const box = photoBoxMm(template.manifest, block.layout, { widthMm: geometry.typeWidthMm, heightMm: geometry.typeHeightMm }, Boolean(block.credit));
  return fitInBox(block.widthPx, block.heightPx, box);
}

export function figureHtml(block: FigureBlock, ctx: HtmlContext): string {
  const { widthMm, heightMm } = figureSizeMm(block, ctx);
  const size = `width: ${num(widthMm)}mm; height: ${num(heightMm)}mm;`;
  const bytes = ctx.doc.media.get(block.mediaId);
  // A photo whose bytes are missing keeps its place and caption, so numbering and layout stay true.
  const image = bytes
    ? `<img src="${dataUri(block.mimeType, bytes)}" alt="${escapeHtml(block.caption)}" style="${size}">`
    : `<div class="bc-missing" role="img" aria-label="${escapeHtml(block.caption)}" style="${size}"></div>`;
  const credit = block.credit ? `<span class="bc-credit">${escapeHtml(block.credit)}</span>` : '';
  return `<figure class="bc-figure"${pathAttr(block.source)}>${image}<figcaption>${escapeHtml(block.caption)}${credit}</figcaption></figure>`;
}

/**
 * A run of figures as rows on a CSS grid: each row as many columns as it has photos (so a lone last photo is
 * centred), each row — or each pair of rows of a 2×2 grid — unbreakable, so a row never splits across pages.
 */
export function figureRunHtml(run: FigureRun, ctx: HtmlContext): string {
  const columnMm = photoBoxMm(ctx.template.manifest, run.layout, { widthMm: ctx.geometry.typeWidthMm, heightMm: ctx.geometry.typeHeightMm }, false).widthMm;
  const row = (figures: FigureBlock[]) =>
    `<div class="bc-figure-row" style="grid-template-columns: repeat(${figures.length}, ${num(columnMm)}mm);">` +
    figures.map((f) => figureHtml(f, ctx)).join('') +
    '</div>';
  const groups = rowGroups(run).map((rows) => `<div class="bc-figure-group">${rows.map(row).join('')}</div>`);
  // The run's owner (a site, or the photos section): its figures' paths without the photo index.
  const owner = run.rows[0]?.[0]?.source?.replace(/\.photoIds\[\d+\]$/, '');
  return `<div class="bc-figures bc-figures-${run.layout}"${pathAttr(owner)}>${groups.join('')}</div>`;
}
