import type { TemplateManifest } from '../../template/index.ts';
import { DISTRIBUTION_SPACE_PT, DISTRIBUTION_THICK_RULE, LINE_HEIGHT, type DistributionBlock } from '../plan/index.ts';
import type { HtmlContext } from './context.ts';
import { escapeHtml, pathAttr } from './escape.ts';
import { fontCss } from './fonts.ts';
import { num } from './geometry.ts';

/**
 * Marks the block that GB/T 9704 wants at the foot of the last page. In the flowing preview it simply closes
 * the document; the PDF renderer measures where it landed and grows the spacer in front of it to push it down.
 * The bottom margin travels with it so the renderer needs no template.
 */
export const FOOT_ATTRIBUTE = 'data-foot';
export const FOOT_MARGIN_ATTRIBUTE = 'data-page-margin-bottom-mm';
export const FOOT_SPACER_CLASS = 'bc-foot-spacer';
/**
 * An empty link laid over the block. It is not displayed, but the renderer's measuring pass shows it: Chromium
 * prints a link as an annotation with its rectangle, which is where the block landed on the page.
 */
export const FOOT_PROBE_CLASS = 'bc-foot-probe';
export const FOOT_ID = 'bc-distribution';
/**
 * The spacer in front of the block carries a probe of its own (a link to the spacer): in the renderer's one-pass
 * placement the spacer stands in for the block in the flow, so its probe shows where the flow ended.
 */
export const FOOT_END_ID = 'bc-foot-end';
/** The sheet and its margins, "width height top right bottom left" in mm, for the renderer's page arithmetic. */
export const FOOT_PAGE_ATTRIBUTE = 'data-page-mm';

export function distributionHtml(block: DistributionBlock, ctx: HtmlContext): string {
  const lines = block.lines
    .map((line, i) => `<p class="bc-dist-line"${pathAttr(block.source && `${block.source}.lines[${i}]`)}><span class="bc-dist-label">${escapeHtml(line.label)}</span>${escapeHtml(line.text)}</p>`)
    .join('');
  const printedBy = block.printedBy ? `<span class="bc-printed-by">${escapeHtml(block.printedBy)}</span>` : '';
  const copies = block.copies ? `<span class="bc-copies">${escapeHtml(block.copies)}</span>` : '';
  const imprint = printedBy || copies ? `<div class="bc-imprint">${printedBy}${copies}</div>` : '';
  const { widthMm, heightMm, margins } = ctx.geometry;
  const sheet = [widthMm, heightMm, margins.top, margins.right, margins.bottom, margins.left].map(num).join(' ');
  const foot = block.atFootOfLastPage
    ? ` ${FOOT_ATTRIBUTE}="last-page" ${FOOT_MARGIN_ATTRIBUTE}="${num(margins.bottom)}" ${FOOT_PAGE_ATTRIBUTE}="${sheet}"`
    : '';
  const spacer = block.atFootOfLastPage
    ? `<div class="${FOOT_SPACER_CLASS}" id="${FOOT_END_ID}" aria-hidden="true"><a class="${FOOT_PROBE_CLASS}" href="#${FOOT_END_ID}" aria-hidden="true" tabindex="-1"></a></div>`
    : '';
  const probe = block.atFootOfLastPage ? `<a class="${FOOT_PROBE_CLASS}" href="#${FOOT_ID}" aria-hidden="true" tabindex="-1"></a>` : '';
  return `${spacer}<section class="bc-distribution" id="${FOOT_ID}"${foot}${pathAttr(block.source)}>${lines}${imprint}${probe}</section>`;
}

/** Thick rules above and below, thin ones between the lines, the text one character in at both sides (GB/T 9704). */
export function distributionCss(manifest: TemplateManifest): string {
  const style = manifest.distribution;
  const rule = `${num(style.ruleWidthPt)}pt solid ${manifest.colors.text}`;
  // Boxes two pixels high scaled down, not borders: Chromium rounds a border (and a box) to whole pixels, which
  // makes 1 pt and 0.75 pt alike; a transform is painted as it is.
  const thickPt = num(style.ruleWidthPt * DISTRIBUTION_THICK_RULE);
  const pad = DISTRIBUTION_SPACE_PT.linePadding;
  return `
.${FOOT_SPACER_CLASS} { height: 0; }
.${FOOT_PROBE_CLASS} { display: none; position: absolute; inset: 0; }
.bc-distribution { position: relative; break-inside: avoid; page-break-inside: avoid; margin-top: ${DISTRIBUTION_SPACE_PT.above}pt; ${fontCss(style.font)}
  line-height: ${LINE_HEIGHT.distribution}; letter-spacing: normal; text-indent: 0; }
.bc-distribution::before, .bc-distribution::after { content: ''; display: block; height: 1.5pt; background: ${manifest.colors.text};
  transform: scaleY(${num(Number(thickPt) / 1.5)}); transform-origin: top; }
.bc-dist-line { margin: 0; padding: ${pad}pt 1em; padding-left: 3em; text-indent: -2em; }
.bc-dist-line + .bc-dist-line { border-top: ${rule}; }
.bc-imprint { display: flex; justify-content: space-between; gap: 1em; padding: ${pad}pt 1em; border-top: ${rule}; }
`;
}
