import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber } from 'pdf-lib';
import { FOOT_ATTRIBUTE, FOOT_PROBE_CLASS, FOOT_SPACER_CLASS, PT_PER_MM } from '../../export/html/index.ts';
import type { PrintSurface } from './printer.ts';

/** The distribution block that belongs at the foot of the last page, for a print surface to find. */
export const FOOT_BLOCK_SELECTOR = `[${FOOT_ATTRIBUTE}="last-page"]`;

/** Keeps the block clear of the page's bottom edge by a hair, so rounding never pushes it onto a new page. */
const SAFETY_PT = 2;

type PrintFn = (fast: boolean) => Promise<Uint8Array>;

function linkBottoms(pdf: PDFDocument, pageIndex: number): number[] {
  const annots = pdf.getPage(pageIndex).node.Annots();
  if (!annots) return [];
  const bottoms: number[] = [];
  for (let i = 0; i < annots.size(); i++) {
    const annot = annots.lookup(i, PDFDict);
    if (annot.get(PDFName.of('Subtype')) !== PDFName.of('Link')) continue;
    const rect = annot.lookup(PDFName.of('Rect'), PDFArray);
    bottoms.push(Math.min(rect.lookup(1, PDFNumber).asNumber(), rect.lookup(3, PDFNumber).asNumber()));
  }
  return bottoms;
}

/**
 * The lowest edge (PDF y, points from the bottom) of the probe on the last page. Undefined when the probe is
 * missing or also shows on an earlier page: a block split across pages cannot be pushed down predictably.
 */
async function probeOnLastPage(bytes: Uint8Array): Promise<{ bottomPt: number; pages: number } | undefined> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const pages = pdf.getPageCount();
  const last = linkBottoms(pdf, pages - 1);
  if (last.length === 0) return undefined;
  if (pages > 1 && linkBottoms(pdf, pages - 2).length > 0) return undefined;
  return { bottomPt: Math.min(...last), pages };
}

/**
 * GB/T 9704 puts the distribution block (版记) at the foot of the last page. Paged layout happens only inside
 * Chromium's print, so: print once cheaply with the probe link shown and images hidden, read where the block
 * ended on the last page, grow the spacer in front of it by the free space below, and print for real.
 * If anything is off (no probe found, the block spans pages, the page count changes) the block stays where the
 * flow put it. Returns the final PDF bytes. `page` is any browser's page (see PrintSurface).
 */
export async function printWithFootBlock(page: PrintSurface, print: PrintFn, signal?: AbortSignal): Promise<Uint8Array> {
  // Up to three prints: a Cancel between two of them stops there instead of starting the next.
  const printNow: PrintFn = (fast) => {
    signal?.throwIfAborted();
    return print(fast);
  };
  const { count, marginMm } = await page.footBlock();
  if (count !== 1) return printNow(false);
  const removeMeasuring = await page.addStyle(
    `.${FOOT_PROBE_CLASS} { display: block !important; } img { visibility: hidden !important; }`,
  );
  const probe = await probeOnLastPage(await printNow(true));
  await removeMeasuring();
  const freePt = probe ? probe.bottomPt - marginMm * PT_PER_MM - SAFETY_PT : 0;
  if (!probe || !Number.isFinite(freePt) || freePt <= 0) return printNow(false);
  const removeSpacer = await page.addStyle(`.${FOOT_SPACER_CLASS} { height: ${freePt.toFixed(2)}pt !important; }`);
  const placed = await printNow(false);
  if ((await PDFDocument.load(placed, { updateMetadata: false })).getPageCount() === probe.pages) return placed;
  await removeSpacer();
  return printNow(false);
}
