import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { findChromium } from './findChromium.ts';
import { printWithFootBlock } from './footPlacement.ts';
import { finishPdf, type PdfInfo } from './finish.ts';
import { playwrightSurface } from './playwrightSurface.ts';
import type { PdfPrinter } from './printer.ts';

/**
 * Required, not imported: importing CommonJS from an ES module makes Node scan playwright-core's whole bundle
 * for its export names first, a tenth of a second of a short CLI run spent before the browser can start.
 */
const { chromium } = createRequire(import.meta.url)('playwright-core') as typeof import('playwright-core');

/** The flags every launch uses: no sandbox (containers), no GPU, and no background traffic of any kind. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** How long after a print the next page is opened (see openSpareSoon). */
const SPARE_DELAY_MS = 60;

/** Large documents with many photos take a while to print on two cores; a hung browser should still fail. */
const RENDER_TIMEOUT_MS = 180_000;

const NO_BROWSER =
  'No Chromium, Google Chrome or Microsoft Edge was found to print the PDF. Install Chromium ' +
  '(e.g. "apt install chromium") or set BRIEFING_CHROMIUM to the browser executable.';

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}

/**
 * Prints print HTML to PDF with a headless Chromium. One browser and one context are kept warm across a
 * batch; each render gets a fresh page, closed afterwards. The context is offline: the HTML is self-contained,
 * and its Content-Security-Policy lets it load nothing (so a file: page can read no other file either).
 */
export class PdfRenderer implements PdfPrinter {
  /**
   * The page the next render prints on, opened ahead: a new page starts a renderer process (~0.2 s), which
   * then happens while the caller is still reading and laying out the briefing, or printing the one before.
   */
  private spare: Promise<Page> | undefined;
  private closed = false;
  private spareTimer: NodeJS.Timeout | undefined;
  /** Where the print HTML is put for the page to load: Chromium parses a file faster than setContent's document.write. */
  private folder: Promise<string> | undefined;
  private loads = 0;

  private constructor(
    private readonly browser: Browser,
    private readonly context: BrowserContext,
  ) {
    this.openSpare();
  }

  /**
   * The next page opens a moment after a print, not during it (two cores), and not at all when the caller closes
   * the printer first, as a single export does at once: in a batch it opens while the caller writes this file
   * and lays out the next.
   */
  private openSpareSoon(): void {
    if (this.closed) return;
    clearTimeout(this.spareTimer);
    this.spareTimer = setTimeout(() => {
      if (!this.closed && !this.spare) this.openSpare();
    }, SPARE_DELAY_MS);
    this.spareTimer.unref();
  }

  private openSpare(): void {
    const page = this.context.newPage();
    // Not waited for yet: a failure is the next render's to report, never an unhandled rejection.
    page.catch(() => undefined);
    this.spare = page;
  }

  private takePage(): Promise<Page> {
    // A render that comes before the timer needs no spare besides the one it opens now.
    clearTimeout(this.spareTimer);
    const page = this.spare ?? this.context.newPage();
    this.spare = undefined;
    return page;
  }

  static async launch(options: { executablePath?: string } = {}): Promise<PdfRenderer> {
    const executablePath = options.executablePath ?? findChromium();
    if (!executablePath) throw new Error(NO_BROWSER);
    let browser: Browser;
    try {
      browser = await chromium.launch({ executablePath, args: CHROMIUM_FLAGS, headless: true });
    } catch (error) {
      throw new Error(
        `Could not start the browser at "${executablePath}" to print the PDF (${firstLine(error)}). ` +
          'Install Chromium or set BRIEFING_CHROMIUM to a working Chromium, Chrome or Edge executable.',
      );
    }
    try {
      const context = await browser.newContext({ offline: true, serviceWorkers: 'block', acceptDownloads: false });
      return new PdfRenderer(browser, context);
    } catch (error) {
      await browser.close();
      throw error;
    }
  }

  async render(html: string, info: PdfInfo, signal?: AbortSignal): Promise<Uint8Array> {
    signal?.throwIfAborted();
    const page = await this.takePage().catch(() => this.context.newPage());
    // Closing the page is how a print is stopped: Chromium drops the job and page.pdf() rejects at once.
    const stop = () => void page.close().catch(() => undefined);
    signal?.addEventListener('abort', stop, { once: true });
    try {
      page.setDefaultTimeout(RENDER_TIMEOUT_MS);
      await this.load(page, html);
      const bytes = await printWithFootBlock(
        playwrightSurface(page),
        (fast) =>
          page.pdf({
            preferCSSPageSize: true,
            printBackground: true,
            // The measuring pass only needs positions; skip the outline and structure tree there.
            outline: !fast,
            tagged: !fast,
          }),
        { signal },
      );
      signal?.throwIfAborted();
      return await finishPdf(bytes, info);
    } catch (error) {
      // The page closed under a print: the reason is the Cancel, not Playwright's "Target closed".
      signal?.throwIfAborted();
      throw error;
    } finally {
      signal?.removeEventListener('abort', stop);
      // Not waited for: the PDF is ready, and the caller should not wait a round trip to have it.
      void page.close().catch(() => undefined);
      this.openSpareSoon();
    }
  }

  /** The print HTML in the page, through a file of its own (gone again once loaded: the page needs nothing else). */
  private async load(page: Page, html: string): Promise<void> {
    this.folder ??= mkdtemp(path.join(os.tmpdir(), 'briefing-print-'));
    const file = path.join(await this.folder, `print-${++this.loads}.html`);
    await writeFile(file, html, 'utf8');
    try {
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    } finally {
      await rm(file, { force: true });
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.spareTimer);
    // The browser's close ends its contexts and pages too; closing the context first only adds a round trip.
    try {
      await this.browser.close();
    } finally {
      const folder = this.folder;
      this.folder = undefined;
      if (folder) await rm(await folder, { recursive: true, force: true });
    }
  }
}
