import {
  AlignmentType,
  BorderStyle,
  FrameAnchorType,
  FrameWrap,
  HorizontalPositionAlign,
  LineRuleType,
  Paragraph,
  VerticalPositionAlign,
  type IBorderOptions,
  type IFrameOptions,
} from 'docx';
import type { DistributionBlock } from '../plan/index.ts';
import { STYLE, type DocxContext } from './context.ts';
import { hexColor, lineSpacingFor, templateRun } from './fonts.ts';
import { plainRuns } from './runs.ts';
import { ptToEighths, ptToTwips } from './units.ts';

/**
 * At the foot of the last page (GB/T 9704 版记) the block is a frame anchored to the bottom of the type area:
 * consecutive paragraphs with the same frame are one box, which Word places there. (LibreOffice 7.4 ignores
 * the frame's position and prints the block where it falls, after the text.)
 */
function footFrame(ctx: DocxContext): IFrameOptions {
  return {
    type: 'alignment',
    anchor: { horizontal: FrameAnchorType.MARGIN, vertical: FrameAnchorType.MARGIN },
    alignment: { x: HorizontalPositionAlign.CENTER, y: VerticalPositionAlign.BOTTOM },
    width: ctx.page.typeAreaWidth,
    wrap: FrameWrap.NOT_BESIDE,
  };
}

/**
 * 报/送/发 lines, then printed-by and copies, in the template's font, one character in from each side, with a rule
 * above, a thin rule before the printed-by line and one below.
 */
export function distributionBlock(block: DistributionBlock, ctx: DocxContext): Paragraph[] {
  const style = ctx.manifest.distribution;
  const run = templateRun(ctx.manifest, style.font);
  const rule: IBorderOptions = { style: BorderStyle.SINGLE, size: ptToEighths(style.ruleWidthPt), color: hexColor(ctx.manifest.colors.text), space: 1 };
  const oneChar = ptToTwips(style.font.sizePt);
  const frame = block.atFootOfLastPage ? { frame: footFrame(ctx) } : {};
  const lines: { text: string; right?: boolean; ruleAbove?: boolean }[] = [
    ...block.lines.map((line) => ({ text: line.label + line.text })),
    ...(block.printedBy ? [{ text: block.printedBy, ruleAbove: block.lines.length > 0 }] : []),
    ...(block.copies ? [{ text: block.copies, right: true }] : []),
  ];
  const paragraphs = lines.map((line, i) => {
    const first = i === 0;
    const last = i === lines.length - 1;
    return new Paragraph({
      style: STYLE.fixed,
      ...frame,
      keepNext: !last,
      keepLines: true,
      alignment: line.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
      indent: { left: oneChar, right: oneChar },
      // Set apart from the text above when it follows on rather than standing at the foot of the page.
      spacing: { ...lineSpacingFor(ctx.manifest.body.lineSpacing, style.font.sizePt), before: first && !block.atFootOfLastPage ? oneChar : 0, after: 0 },
      border: { ...(first || line.ruleAbove ? { top: rule } : {}), ...(last ? { bottom: rule } : {}) },
      children: plainRuns(line.text, run),
    });
  });
  // The body must not end inside a frame: a one-point paragraph closes it without taking a line.
  const close = new Paragraph({ style: STYLE.fixed, spacing: { line: 20, lineRule: LineRuleType.EXACT, before: 0, after: 0 }, children: [] });
  return block.atFootOfLastPage ? [...paragraphs, close] : paragraphs;
}
