import { FOOT_ATTRIBUTE, FOOT_PAGE_ATTRIBUTE, FOOT_PROBE_CLASS, FOOT_SPACER_CLASS } from '../../export/html/index.ts';

/** Where the flow puts the foot block, as the page's own layout predicts it before anything is printed. */
export interface FootPrediction {
  /** The pages the document takes with the block in the flow. */
  pages: number;
  /** The block's border-box height and its top margin, in CSS px, laid out for print. */
  blockPx: number;
  marginTopPx: number;
  /** One page's type area height as Chromium's print fragments it, in CSS px. */
  pageAreaPx: number;
}

/**
 * Runs in the page (Playwright's evaluate, Electron's executeJavaScript), so it is source text: plain
 * JavaScript that needs nothing from outside. It lays the document out for print in the browser's own
 * fragmentation engine: the print-only style rules switched on and the screen ones off, and the body turned
 * into columns one type area wide and high, so each column stands for a page. The block's column is the flow's
 * last page (the block is kept whole; in print the spacer takes its place, its height and top margin).
 * Everything is put back before it returns. Null when the page is not one it can read.
 *
 * Columns do not repeat a table's header row as pages do, so the count can come out a page short or long; the
 * printed PDF is always checked, and a wrong count costs a second print, never a misplaced block.
 */
const PREDICT_SOURCE = String.raw`async () => {
  await document.fonts.ready;
  const block = document.querySelector('[${FOOT_ATTRIBUTE}="last-page"]');
  const spacer = block && block.previousElementSibling;
  if (!block || !spacer || !spacer.classList.contains('${FOOT_SPACER_CLASS}') || block.parentElement !== document.body) return null;
  const sheet = (block.getAttribute('${FOOT_PAGE_ATTRIBUTE}') || '').split(' ').map(Number);
  if (sheet.length !== 6 || sheet.some((n) => !(n >= 0))) return null;
  const [widthMm, heightMm, top, right, bottom, left] = sheet;
  const px = (mm) => (mm * 96) / 25.4;
  // Chromium paginates a sheet rounded up to whole CSS pixels, in layout units of 1/64 px.
  const area = (sheetMm, a, b) => Math.floor((Math.ceil(px(sheetMm)) - px(a) - px(b)) * 64) / 64;
  const columnPx = area(widthMm, left, right);
  const pageAreaPx = area(heightMm, top, bottom);
  const media = [];
  for (const styleSheet of document.styleSheets) {
    for (const rule of styleSheet.cssRules) {
      if (!(rule instanceof CSSMediaRule)) continue;
      const text = rule.media.mediaText;
      if (text !== 'print' && text !== 'screen') return null;
      media.push([rule, text]);
    }
  }
  const saved = [document.body].map((element) => [element, element.getAttribute('style')]);
  try {
    for (const [rule, text] of media) rule.media.mediaText = text === 'print' ? 'all' : 'not all';
    document.body.style.cssText += ';margin:0;padding:0;width:' + columnPx + 'px;height:' + pageAreaPx + 'px;' +
      'column-width:' + columnPx + 'px;column-gap:0;column-fill:auto;';
    // The block kept whole in its column is where the spacer standing in for it will be: the flow's last page.
    const rects = block.getClientRects();
    if (rects.length !== 1) return null;
    const blockPx = rects[0].height;
    const marginTopPx = parseFloat(getComputedStyle(block).marginTop) || 0;
    const origin = document.body.getBoundingClientRect().left;
    const pages = Math.floor((rects[0].left - origin + 0.5) / columnPx) + 1;
    return pages >= 1 ? { pages, blockPx, marginTopPx, pageAreaPx } : null;
  } finally {
    for (const [element, style] of saved) {
      if (style === null) element.removeAttribute('style');
      else element.setAttribute('style', style);
    }
    for (const [rule, text] of media) rule.media.mediaText = text;
  }
}`;

/** The expression a print surface evaluates to get the prediction. */
export const PREDICT_FOOT = `(${PREDICT_SOURCE})()`;

export function isPrediction(value: unknown): value is FootPrediction {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return [v['pages'], v['blockPx'], v['marginTopPx'], v['pageAreaPx']].every((n) => typeof n === 'number' && Number.isFinite(n) && n >= 0);
}

/**
 * The style for one print with the block at the foot of page `pages`: the body is made exactly that many type
 * areas high (a hair less, so rounding never adds a page), the block hangs from its bottom edge `liftPt` up,
 * and the spacer keeps the block's place in the flow, so nothing else moves. The probes are shown: the block's
 * tells where it landed, the spacer's where the flow ended. The finish drops both links.
 */
export function onePassCss(prediction: FootPrediction, pages: number, liftPt: number): string {
  const bodyPx = pages * prediction.pageAreaPx - 1;
  return `
body { position: relative !important; min-height: ${bodyPx.toFixed(3)}px !important; }
.${FOOT_SPACER_CLASS} { position: relative !important; height: ${prediction.blockPx.toFixed(3)}px !important;
  margin-top: ${prediction.marginTopPx.toFixed(3)}px !important; break-inside: avoid !important; }
[${FOOT_ATTRIBUTE}="last-page"] { position: absolute !important; left: 0 !important; right: 0 !important; top: auto !important;
  bottom: ${liftPt.toFixed(3)}pt !important; margin: 0 !important; }
.${FOOT_PROBE_CLASS} { display: block !important; }
`;
}
