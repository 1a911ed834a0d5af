import type { PageGeometry } from '../../../core/export/html/index.ts';

/** The grey desk between sheets, in millimetres (screen only). */
export const DESK_GAP_MM = 8;
export const PX_PER_MM = 96 / 25.4;

const mm = (value: number) => `${Math.round(value * 1000) / 1000}mm`;

/** Sheet pitch (a sheet and the desk below it) and the iframe's width, the frame everything is placed in. */
export function sheetMetrics(geometry: PageGeometry) {
  return {
    pitchMm: geometry.heightMm + DESK_GAP_MM,
    frameWidthMm: geometry.widthMm + 2 * DESK_GAP_MM,
    rowGapMm: geometry.margins.bottom + DESK_GAP_MM + geometry.margins.top,
  };
}

/**
 * Pages on screen. Chromium paginates only when printing, so the preview lays the body out as a multi-column
 * box whose columns are exactly the type area (width × height) and wrap into rows (`column-wrap`): each row is
 * one page, and the break-* rules that shape the printed pages (avoid inside figures and table rows, keep
 * headings with what follows, widows and orphans) shape these fragments the same way. The gap between rows is
 * a page's bottom margin, the desk and the next page's top margin; the sheets are painted behind them.
 * `column-wrap` needs Chromium 145 (Electron 41 has 146).
 */
export function pagedCss(geometry: PageGeometry, desk: string): string {
  const { margins } = geometry;
  const { pitchMm, rowGapMm } = sheetMetrics(geometry);
  const shiftMm = (margins.left - margins.right) / 2;
  return `
@media screen {
  html { position: relative; box-sizing: border-box; min-height: 100%; padding: ${mm(DESK_GAP_MM)} 0; overflow: hidden;
    background-color: ${desk};
    background-image: repeating-linear-gradient(to bottom, #fff 0, #fff ${mm(geometry.heightMm)}, transparent ${mm(geometry.heightMm)}, transparent ${mm(pitchMm)});
    background-size: ${mm(geometry.widthMm)} 100%; background-repeat: no-repeat; background-position: center top;
    background-origin: content-box; background-clip: content-box; }
  body { box-sizing: content-box; position: relative; left: ${mm(shiftMm)}; width: ${mm(geometry.typeWidthMm)};
    min-height: 0; margin: ${mm(margins.top)} auto ${mm(margins.bottom)}; padding: 0; background: transparent; box-shadow: none;
    column-width: ${mm(geometry.typeWidthMm)}; column-count: 1; column-gap: 0; column-fill: auto;
    column-height: ${mm(geometry.typeHeightMm)}; height: auto; column-wrap: wrap; row-gap: ${mm(rowGapMm)}; }
  .bc-preview-folio { position: absolute; display: flex; align-items: flex-end; box-sizing: border-box; white-space: nowrap; }
}
`;
}

/** Adds a style sheet at the end of the head, after the document's own, so its rules win ties. */
export function withStyle(html: string, css: string): string {
  const at = html.lastIndexOf('</head>');
  const style = `<style>${css}</style>`;
  return at < 0 ? style + html : `${html.slice(0, at)}${style}\n${html.slice(at)}`;
}
