import type { PdfPrinter } from './printer.ts';

/**
 * The CLI's PDF printer, a headless Chromium through playwright-core, loaded on first use: a command that makes
 * no PDF never pays for importing Playwright. The desktop app prints with its own window and never imports this.
 */
export const launchChromium = async (): Promise<PdfPrinter> => (await import('./renderer.ts')).PdfRenderer.launch();
