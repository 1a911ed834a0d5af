import { PAGE_SIZES, type PageSizeName, type TemplateManifest } from '../../template/index.ts';

/** Word measures pages in twentieths of a point: 1 mm = 1440 / 25.4 twips. */
export const TWIPS_PER_MM = 1440 / 25.4;

export const mmToTwips = (mm: number): number => Math.round(mm * TWIPS_PER_MM);
export const ptToTwips = (pt: number): number => Math.round(pt * 20);
/** Run sizes are in half-points (w:sz). */
export const ptToHalfPoints = (pt: number): number => Math.round(pt * 2);
/** Borders are in eighths of a point. */
export const ptToEighths = (pt: number): number => Math.max(2, Math.round(pt * 8));
/** docx sizes images in pixels at 96 to the inch: 1 px = 15 twips. */
export const twipsToPx = (twips: number): number => twips / 15;

/** The page and the type area inside its margins, in twips, as Word will lay them out. */
export interface PageGeometry {
  size: PageSizeName;
  landscape: boolean;
  /** Portrait width and height: docx swaps them itself for landscape. */
  widthTwips: number;
  heightTwips: number;
  margins: { top: number; bottom: number; left: number; right: number; header: number; footer: number };
  typeAreaWidth: number;
  typeAreaHeight: number;
}

export function pageGeometry(manifest: TemplateManifest, size: PageSizeName = manifest.page.size): PageGeometry {
  const { page } = manifest;
  const landscape = page.orientation === 'landscape';
  const widthTwips = mmToTwips(PAGE_SIZES[size].widthMm);
  const heightTwips = mmToTwips(PAGE_SIZES[size].heightMm);
  const margins = {
    top: mmToTwips(page.marginsMm.top),
    bottom: mmToTwips(page.marginsMm.bottom),
    left: mmToTwips(page.marginsMm.left),
    right: mmToTwips(page.marginsMm.right),
    header: mmToTwips(page.headerDistanceMm),
    footer: mmToTwips(page.footerDistanceMm),
  };
  const [across, down] = landscape ? [heightTwips, widthTwips] : [widthTwips, heightTwips];
  return {
    size,
    landscape,
    widthTwips,
    heightTwips,
    margins,
    typeAreaWidth: across - margins.left - margins.right,
    typeAreaHeight: down - margins.top - margins.bottom,
  };
}
