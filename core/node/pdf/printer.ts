import type { PdfInfo } from './finish.ts';

/**
 * Anything that turns print HTML into finished PDF bytes: the CLI's headless Chromium (PdfRenderer) or the
 * desktop app's hidden Electron window. Kept warm between renders; close() frees it.
 */
export interface PdfPrinter {
  /** A `signal` that aborts stops the print as soon as the browser lets go, and rejects with its reason. */
  render(html: string, info: PdfInfo, signal?: AbortSignal): Promise<Uint8Array>;
  close(): Promise<void>;
}

/**
 * What the foot-block placement needs of a page that holds the print HTML, whatever browser drives it: where
 * the last-page block is, a way to add (and remove again) a style sheet between two prints, and a way to ask
 * the page's own layout where the block will fall (footPrediction.ts).
 */
export interface PrintSurface {
  /** How many last-page foot blocks the page holds, and the bottom margin (mm) the first one asks for. */
  footBlock(): Promise<{ count: number; marginMm: number }>;
  /** Adds a style sheet; resolves to a function that removes it. */
  addStyle(css: string): Promise<() => Promise<void>>;
  /** Evaluates a JavaScript expression in the page (awaiting a promise it yields) and resolves to its value. */
  evaluate(expression: string): Promise<unknown>;
}
