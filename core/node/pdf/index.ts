export { findChromium } from './findChromium.ts';
export { PdfRenderer, CHROMIUM_FLAGS } from './renderer.ts';
export { PDF_CREATOR, finishPdf, type PdfInfo } from './finish.ts';
export { exportPdf } from './exportPdf.ts';
export { printWithFootBlock } from './footPlacement.ts';
export type { PdfPrinter, PrintSurface } from './printer.ts';
