import { FOOT_ATTRIBUTE, FOOT_SPACER_CLASS, type PageGeometry } from '../../../core/export/html/index.ts';
import { folioBoxes, type FolioStyle } from './folios.ts';
import { PX_PER_MM, sheetMetrics } from './pagedCss.ts';

export interface PagedLayout {
  geometry: PageGeometry;
  folios: FolioStyle;
}

export interface Pagination {
  pages: number;
  /** The frame's full height in CSS px, for sizing the iframe. */
  heightPx: number;
}

/** Keeps the foot block clear of the type area's bottom edge, as the PDF renderer does. */
const SAFETY_PX = 3;

function countPages(body: HTMLElement, geometry: PageGeometry): number {
  const { pitchMm, rowGapMm } = sheetMetrics(geometry);
  const height = body.getBoundingClientRect().height;
  return Math.max(1, Math.round((height + rowGapMm * PX_PER_MM) / (pitchMm * PX_PER_MM)));
}

/**
 * GB/T 9704 puts the distribution block at the foot of the last page; the PDF renderer pushes it down there, and
 * so does the preview: grow the spacer in front of it by the room left below it, unless it starts on an earlier
 * page or the push would add a page.
 */
function placeFootBlock(doc: Document, geometry: PageGeometry, pages: number): void {
  const block = doc.querySelector<HTMLElement>(`[${FOOT_ATTRIBUTE}="last-page"]`);
  const spacer = doc.querySelector<HTMLElement>(`.${FOOT_SPACER_CLASS}`);
  if (!block || !spacer) return;
  const { pitchMm } = sheetMetrics(geometry);
  const pitch = pitchMm * PX_PER_MM;
  const bodyTop = doc.body.getBoundingClientRect().top;
  const rect = block.getBoundingClientRect();
  const top = rect.top - bodyTop;
  const bottom = rect.bottom - bodyTop;
  const lastPageTop = (pages - 1) * pitch;
  if (top < lastPageTop) return;
  const free = lastPageTop + geometry.typeHeightMm * PX_PER_MM - bottom - SAFETY_PX;
  if (free <= 0) return;
  spacer.style.height = `${free}px`;
  if (countPages(doc.body, geometry) !== pages) spacer.style.height = '';
}

/**
 * The page numbers, as a layer over the pages. Kept as it is when a refresh leaves the page count and the style
 * unchanged (nearly every keystroke's): replacing a hundred positioned boxes made the frame lay out again.
 */
function addFolios(doc: Document, layout: PagedLayout, pages: number): void {
  const boxes = folioBoxes(layout.folios, layout.geometry, pages);
  const signature = JSON.stringify([layout.folios, boxes]);
  const existing = doc.querySelector<HTMLElement>('.bc-preview-folios');
  if (existing?.dataset['signature'] === signature && existing.parentElement === doc.documentElement) return;
  existing?.remove();
  const layer = doc.createElement('div');
  layer.className = 'bc-preview-folios';
  layer.setAttribute('aria-hidden', 'true');
  layer.dataset['signature'] = signature;
  for (const box of boxes) {
    const folio = doc.createElement('div');
    folio.className = 'bc-preview-folio';
    folio.dataset['page'] = String(box.page);
    folio.textContent = box.text;
    const inset = layout.folios.insetChars > 0 && box.side !== 'center' ? ` padding-${box.side}: ${layout.folios.insetChars}em;` : '';
    const justify = box.side === 'left' ? 'flex-start' : box.side === 'right' ? 'flex-end' : 'center';
    folio.setAttribute(
      'style',
      `${layout.folios.css} top: ${box.topMm}mm; left: ${box.leftMm}mm; width: ${box.widthMm}mm; height: ${box.heightMm}mm;` +
        ` justify-content: ${justify};${inset}`,
    );
    layer.append(folio);
  }
  doc.documentElement.append(layer);
}

/** Counts the pages laid out by pagedCss, places the foot block and draws the page numbers. */
export function paginate(doc: Document, layout: PagedLayout): Pagination {
  // A refresh keeps the blocks that did not change (frame/swapIn.ts), the spacer among them: count without it.
  doc.querySelector<HTMLElement>(`.${FOOT_SPACER_CLASS}`)?.style.removeProperty('height');
  const pages = countPages(doc.body, layout.geometry);
  placeFootBlock(doc, layout.geometry, pages);
  addFolios(doc, layout, pages);
  return { pages, heightPx: doc.documentElement.getBoundingClientRect().height };
}
