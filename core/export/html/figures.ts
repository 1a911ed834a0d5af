import type { FigureBlock } from '../plan/index.ts';
import type { HtmlContext } from './context.ts';
import { dataUri } from './dataUri.ts';
import { escapeHtml } from './escape.ts';
import { num, PT_PER_MM } from './geometry.ts';

/**
 * The printed size of a figure's image: the type area's width, unless that would leave no room on the page
 * for the caption, in which case the height is capped and the width follows the aspect ratio.
 */
export function figureSizeMm(block: FigureBlock, ctx: HtmlContext): { widthMm: number; heightMm: number } {
  const { geometry, template } = ctx;
  const captionLines = block.credit ? 3 : 2;
  const captionRoomMm = (template.manifest.captions.font.sizePt * 1.4 * captionLines) / PT_PER_MM + 10;
  const maxHeightMm = Math.max(20, geometry.typeHeightMm - captionRoomMm);
  const ratio = block.heightPx / block.widthPx;
  const widthMm = Math.min(geometry.typeWidthMm, maxHeightMm / ratio);
  return { widthMm, heightMm: widthMm * ratio };
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
  return `<figure class="bc-figure">${image}<figcaption>${escapeHtml(block.caption)}${credit}</figcaption></figure>`;
}
