import { fontCss } from '../../../core/export/html/fonts.ts';
import type { PageGeometry } from '../../../core/export/html/index.ts';
import type { Language } from '../../../core/model/index.ts';
import { localize, type TemplateManifest } from '../../../core/template/index.ts';
import { DESK_GAP_MM, sheetMetrics } from './pagedCss.ts';

/** Where and how the preview prints page numbers: what the template's @page margin boxes do in the PDF. */
export interface FolioStyle {
  pattern: string;
  odd: 'left' | 'center' | 'right';
  even: 'left' | 'center' | 'right';
  insetChars: number;
  numberFirstPage: boolean;
  /** Font declarations of the page-number role. */
  css: string;
  /** Height above the sheet's bottom edge that the number sits on (mm), as pageCss lifts it. */
  liftMm: number;
}

export function folioStyle(manifest: TemplateManifest, language: Language, geometry: PageGeometry): FolioStyle {
  const numbers = manifest.pageNumbers;
  return {
    pattern: localize(numbers.pattern, language),
    odd: numbers.odd,
    even: numbers.even,
    insetChars: numbers.insetChars,
    numberFirstPage: numbers.numberFirstPage,
    css: fontCss(numbers.font),
    liftMm: Math.min(manifest.page.footerDistanceMm, Math.max(0, geometry.margins.bottom - 8)),
  };
}

/** "— {n} —" → "— 3 —"; "Page {n} of {total}" → "Page 3 of 7". */
export function folioText(pattern: string, page: number, total: number): string {
  return pattern.replace(/\{n\}/g, String(page)).replace(/\{total\}/g, String(total));
}

export interface FolioBox {
  page: number;
  text: string;
  side: 'left' | 'center' | 'right';
  topMm: number;
  leftMm: number;
  widthMm: number;
  heightMm: number;
}

/** One box per numbered page, in the frame's coordinates: the bottom margin between the side margins. */
export function folioBoxes(style: FolioStyle, geometry: PageGeometry, pages: number): FolioBox[] {
  const { pitchMm } = sheetMetrics(geometry);
  const boxes: FolioBox[] = [];
  for (let page = 1; page <= pages; page++) {
    if (page === 1 && !style.numberFirstPage) continue;
    const sheetTop = DESK_GAP_MM + (page - 1) * pitchMm;
    boxes.push({
      page,
      text: folioText(style.pattern, page, pages),
      side: page % 2 === 1 ? style.odd : style.even,
      topMm: sheetTop + geometry.heightMm - geometry.margins.bottom,
      leftMm: DESK_GAP_MM + geometry.margins.left,
      widthMm: geometry.typeWidthMm,
      heightMm: geometry.margins.bottom - style.liftMm,
    });
  }
  return boxes;
}
