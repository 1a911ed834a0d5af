import { num, type PageGeometry } from './geometry.ts';

/**
 * The live preview shows the same document on screen: a sheet of the page's width with its margins, on a
 * grey desk. Print ignores all of it; there the @page rules place the type area.
 */
export function screenCss(geometry: PageGeometry): string {
  const { margins } = geometry;
  return `
@media screen {
  html { background: #e9e9e9; }
  body { box-sizing: content-box; width: ${num(geometry.typeWidthMm)}mm; min-height: ${num(geometry.typeHeightMm)}mm;
    margin: 16px auto; padding: ${num(margins.top)}mm ${num(margins.right)}mm ${num(margins.bottom)}mm ${num(margins.left)}mm;
    background: #fff; box-shadow: 0 1px 4px rgba(0, 0, 0, 0.25); }
}
`;
}
