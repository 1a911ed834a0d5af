import { FOOT_ATTRIBUTE, FOOT_END_ID, FOOT_ID, FOOT_PROBE_CLASS, FOOT_SPACER_CLASS, PT_PER_MM } from '../../export/html/index.ts';
import { readChromiumPdf } from './chromiumPdf.ts';
import { isPrediction, onePassCss, PREDICT_FOOT, type FootPrediction } from './footPrediction.ts';
import type { PrintSurface } from './printer.ts';

/** The distribution block that belongs at the foot of the last page, for a print surface to find. */
export const FOOT_BLOCK_SELECTOR = `[${FOOT_ATTRIBUTE}="last-page"]`;

/** Keeps the block clear of the page's bottom edge by a hair, so rounding never pushes it onto a new page. */
const SAFETY_PT = 2;
/**
 * How far above its target a one-pass block may sit and still count as at the foot: Chromium's pages hold a
 * fraction of a pixel more than the arithmetic says, which adds up over a long document.
 */
const ONE_PASS_TOLERANCE_PT = 2;

type PrintFn = (fast: boolean) => Promise<Uint8Array>;

/** Per page, the lowest edge (PDF y, points from the bottom) of each link to each probe destination. */
interface ProbeReading {
  pages: number;
  bottoms: (dest: string) => (number[] | undefined)[];
}

async function readProbes(bytes: Uint8Array): Promise<ProbeReading> {
  const pdf = readChromiumPdf(bytes);
  if (pdf) {
    return {
      pages: pdf.pages.length,
      bottoms: (dest) => pdf.pages.map((page) => {
        const found = page.links.filter((l) => l.dest === dest).map((l) => Math.min(l.rect[1], l.rect[3]));
        return found.length > 0 ? found : undefined;
      }),
    };
  }
  // Not the PDF Chromium usually writes: read it the long way.
  const { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber } = await import('pdf-lib');
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const links = doc.getPages().map((page) => {
    const annots = page.node.Annots();
    const out: { dest: string; bottom: number }[] = [];
    for (let i = 0; i < (annots?.size() ?? 0); i++) {
      const annot = annots!.lookupMaybe(i, PDFDict);
      const dest = annot?.get(PDFName.of('Dest'));
      const rect = annot?.lookupMaybe(PDFName.of('Rect'), PDFArray);
      if (!(dest instanceof PDFName) || !rect) continue;
      out.push({ dest: dest.decodeText(), bottom: Math.min(rect.lookup(1, PDFNumber).asNumber(), rect.lookup(3, PDFNumber).asNumber()) });
    }
    return out;
  });
  return {
    pages: links.length,
    bottoms: (dest) => links.map((l) => {
      const found = l.filter((x) => x.dest === dest).map((x) => x.bottom);
      return found.length > 0 ? found : undefined;
    }),
  };
}

/** The lowest edge of the probe to `dest` when it shows on the last page only (a block split across pages cannot be placed). */
function onLastPageOnly(reading: ProbeReading, dest: string): number | undefined {
  const bottoms = reading.bottoms(dest);
  const shownOn = bottoms.flatMap((b, i) => (b ? [i] : []));
  if (shownOn.length !== 1 || shownOn[0] !== reading.pages - 1) return undefined;
  return Math.min(...bottoms[reading.pages - 1]!);
}

export interface FootPlacementRun {
  signal?: AbortSignal | undefined;
  /** Told which way the block was placed and how many prints it took (for tests and diagnostics). */
  onPlaced?: ((how: { method: 'one-pass' | 'measured' | 'flow'; prints: number }) => void) | undefined;
}

/**
 * GB/T 9704 puts the distribution block (版记) at the foot of the last page, and paged layout happens only
 * inside Chromium's print. One print is enough when the page count is known: the page lays itself out in
 * columns a type area high to predict it (footPrediction.ts), the body is made that many type areas high with
 * the block hanging from its bottom edge, and the printed PDF is checked: the flow ends on the last page and
 * the block sits at its foot. When the check fails the same PDF says where the flow really ended, and a second
 * one-pass print uses that; failing again, the measured way (a cheap measuring print, the spacer grown by the
 * free space, a real print) is used, and if even that misses, the block stays where the flow put it. A wrong
 * prediction therefore costs prints, never a misplaced block. Returns the final PDF bytes, probe links
 * included (finishPdf drops them). `page` is any browser's page (see PrintSurface).
 */
export async function printWithFootBlock(page: PrintSurface, print: PrintFn, run: FootPlacementRun = {}): Promise<Uint8Array> {
  const { signal, onPlaced } = run;
  let prints = 0;
  // A Cancel between two prints stops there instead of starting the next.
  const printNow: PrintFn = (fast) => {
    signal?.throwIfAborted();
    prints += 1;
    return print(fast);
  };
  const done = (method: 'one-pass' | 'measured' | 'flow', bytes: Uint8Array) => {
    onPlaced?.({ method, prints });
    return bytes;
  };
  const { count, marginMm } = await page.footBlock();
  if (count !== 1 || !Number.isFinite(marginMm)) return done('flow', await printNow(false));
  const targetPt = marginMm * PT_PER_MM + SAFETY_PT;

  const predicted = await page.evaluate(PREDICT_FOOT).catch(() => undefined);
  signal?.throwIfAborted();
  if (isPrediction(predicted)) {
    let pages = predicted.pages;
    let liftPt = SAFETY_PT;
    for (let attempt = 0; attempt < 2; attempt++) {
      const placed = await onePass(page, printNow, predicted, pages, liftPt, targetPt);
      if (placed.bytes) return done('one-pass', placed.bytes);
      if (placed.naturalPages === undefined) break;
      if (placed.naturalPages !== pages) {
        // The flow ends on another page than predicted: hang the block from that one.
        pages = placed.naturalPages;
      } else if (placed.highByPt !== undefined) {
        // The right page, the block a little high (a long document's pages hold a hair more than the arithmetic):
        // lower it by what is left, less half a point so rounding cannot push it over.
        liftPt -= Math.max(0, placed.highByPt - 0.5);
      } else {
        // The right page count, yet the block fell off it: this page's arithmetic is off; measure instead.
        break;
      }
    }
  }
  return measuredPlacement(page, printNow, marginMm, done);
}

/**
 * One print with the block hung at the foot of page `pages`; the bytes when the PDF shows it there, otherwise
 * what the PDF says: on which page the flow ended, and how far above its target the block sat.
 */
async function onePass(
  page: PrintSurface,
  printNow: PrintFn,
  prediction: FootPrediction,
  pages: number,
  liftPt: number,
  targetPt: number,
): Promise<{ bytes?: Uint8Array; naturalPages?: number; highByPt?: number }> {
  const remove = await page.addStyle(onePassCss(prediction, pages, liftPt));
  let bytes: Uint8Array;
  try {
    bytes = await printNow(false);
  } finally {
    await remove();
  }
  const reading = await readProbes(bytes);
  const flowEnd = reading.bottoms(FOOT_END_ID).flatMap((b, i) => (b ? [i] : []));
  const block = onLastPageOnly(reading, FOOT_ID);
  // The flow's end in one piece on one page: the page count the block needs, whatever happened to the block.
  const naturalPages = flowEnd.length === 1 ? flowEnd[0]! + 1 : undefined;
  if (naturalPages !== reading.pages || block === undefined) return { naturalPages };
  const highByPt = block - targetPt;
  // Never into the bottom margin (a rounding's worth aside), at most a little above the target.
  if (block >= targetPt - SAFETY_PT - 0.5 && highByPt <= ONE_PASS_TOLERANCE_PT) return { bytes };
  return { naturalPages, highByPt };
}

/** The measured way: a cheap print with the probe shown and images hidden, the spacer grown, a real print. */
async function measuredPlacement(
  page: PrintSurface,
  printNow: PrintFn,
  marginMm: number,
  done: (method: 'measured' | 'flow', bytes: Uint8Array) => Uint8Array,
): Promise<Uint8Array> {
  const removeMeasuring = await page.addStyle(
    `${FOOT_BLOCK_SELECTOR} > .${FOOT_PROBE_CLASS} { display: block !important; } img { visibility: hidden !important; }`,
  );
  const measuring = await readProbes(await printNow(true));
  await removeMeasuring();
  const bottom = onLastPageOnly(measuring, FOOT_ID);
  const freePt = bottom === undefined ? 0 : bottom - marginMm * PT_PER_MM - SAFETY_PT;
  if (!Number.isFinite(freePt) || freePt <= 0) return done('flow', await printNow(false));
  const removeSpacer = await page.addStyle(`.${FOOT_SPACER_CLASS} { height: ${freePt.toFixed(2)}pt !important; }`);
  const placed = await printNow(false);
  if ((await readProbes(placed)).pages === measuring.pages) return done('measured', placed);
  await removeSpacer();
  return done('flow', await printNow(false));
}
