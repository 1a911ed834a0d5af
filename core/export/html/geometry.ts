import { PAGE_SIZES, type PageSizeName, type TemplateManifest } from '../../template/index.ts';

/** The sheet and the type area (the page minus its margins), in millimetres. */
export interface PageGeometry {
  size: PageSizeName;
  orientation: 'portrait' | 'landscape';
  widthMm: number;
  heightMm: number;
  margins: { top: number; bottom: number; left: number; right: number };
  typeWidthMm: number;
  typeHeightMm: number;
}

export const PT_PER_MM = 72 / 25.4;

/** Rounds for CSS output: enough precision for a print layout, no float noise in the HTML. */
export function num(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}

export function pageGeometry(manifest: TemplateManifest, size: PageSizeName = manifest.page.size): PageGeometry {
  const sheet = PAGE_SIZES[size];
  const landscape = manifest.page.orientation === 'landscape';
  const widthMm = landscape ? sheet.heightMm : sheet.widthMm;
  const heightMm = landscape ? sheet.widthMm : sheet.heightMm;
  const margins = manifest.page.marginsMm;
  return {
    size,
    orientation: manifest.page.orientation,
    widthMm,
    heightMm,
    margins,
    typeWidthMm: widthMm - margins.left - margins.right,
    typeHeightMm: heightMm - margins.top - margins.bottom,
  };
}

/**
 * The letter-spacing that makes `charsPerLine` full-width characters of the body size fill the type area
 * (GB/T 9704: 28 characters of 16 pt over 156 mm, which is a touch tighter than 16 pt apiece).
 */
export function gridLetterSpacingPt(manifest: TemplateManifest, geometry: PageGeometry): number | undefined {
  const grid = manifest.body.grid;
  if (!grid) return undefined;
  return (geometry.typeWidthMm * PT_PER_MM) / grid.charsPerLine - manifest.fonts.body.sizePt;
}
