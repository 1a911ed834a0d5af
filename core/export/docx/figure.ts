import { AlignmentType, LineRuleType, Paragraph } from 'docx';
import type { FigureBlock } from '../plan/index.ts';
import { STYLE, type DocxContext } from './context.ts';
import { complexField } from './fields.ts';
import { imageInfoOr, imageRun } from './images.ts';
import { plainRuns } from './runs.ts';
import { ptToTwips, twipsToPx } from './units.ts';

/** Lines kept free under the tallest image: its caption and credit, with room to spare. */
const LINES_FOR_CAPTION = 3;

/** Fills the type area's width, keeping the aspect; a tall image is capped so it and its caption share a page. */
export function fitFigure(widthPx: number, heightPx: number, ctx: DocxContext): { width: number; height: number } {
  const captionLine = ptToTwips(ctx.manifest.captions.font.sizePt * 1.5);
  const maxWidth = twipsToPx(ctx.page.typeAreaWidth);
  const maxHeight = twipsToPx(ctx.page.typeAreaHeight - LINES_FOR_CAPTION * captionLine);
  const scale = Math.min(maxWidth / widthPx, maxHeight / heightPx);
  return { width: Math.floor(widthPx * scale), height: Math.floor(heightPx * scale) };
}

function mediaPath(ctx: DocxContext, mediaId: string): string {
  const index = ctx.document.briefing.media.findIndex((m) => m.id === mediaId);
  return `media[${index}]`;
}

/**
 * The image, centred and kept with its caption; the caption in Word's Caption style with its number as a real
 * SEQ field (so a table of figures works), the plan's number as the field's shown result; then the credit.
 */
export function figureParagraphs(block: FigureBlock, ctx: DocxContext): Paragraph[] {
  const { bytes, info } = imageInfoOr(ctx.document.media.get(block.mediaId), mediaPath(ctx, block.mediaId), `image "${block.mediaId}"`);
  const size = fitFigure(block.widthPx, block.heightPx, ctx);
  const image = new Paragraph({
    style: STYLE.plain,
    alignment: AlignmentType.CENTER,
    keepNext: true,
    // An exact body line height would crop the picture to one line.
    spacing: { line: 240, lineRule: LineRuleType.AUTO, before: ptToTwips(6) },
    children: [imageRun(ctx, { key: `media:${block.mediaId}`, bytes, info, ...size, name: block.caption })],
  });
  const caption = new Paragraph({
    style: STYLE.caption,
    keepNext: Boolean(block.credit),
    children: [
      ...plainRuns(block.captionLabel),
      ...complexField('SEQ Figure \\* ARABIC', block.captionNumberText),
      ...plainRuns(block.captionRest),
    ],
  });
  const credit = block.credit ? [new Paragraph({ style: STYLE.credit, children: plainRuns(block.credit) })] : [];
  return [image, caption, ...credit];
}
