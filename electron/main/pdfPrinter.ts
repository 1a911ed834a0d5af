import { BrowserWindow, type WebContents } from 'electron';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { FOOT_MARGIN_ATTRIBUTE } from '../../core/export/html/index.ts';
// File by file, not through pdf/index.ts: that one also exports the Playwright renderer, which main never loads.
import { finishPdf, type PdfInfo } from '../../core/node/pdf/finish.ts';
import { FOOT_BLOCK_SELECTOR, printWithFootBlock } from '../../core/node/pdf/footPlacement.ts';
import type { PdfPrinter, PrintSurface } from '../../core/node/pdf/printer.ts';
import { untilAborted } from '../../core/node/pdf/untilAborted.ts';

/** An in-memory session of its own: nothing the print HTML does can touch the editor's storage. */
export const PRINT_PARTITION = 'briefing-print';

function surface(contents: WebContents): PrintSurface {
  const query = `(() => {
    const blocks = document.querySelectorAll(${JSON.stringify(FOOT_BLOCK_SELECTOR)});
    return { count: blocks.length, marginMm: Number(blocks[0]?.getAttribute(${JSON.stringify(FOOT_MARGIN_ATTRIBUTE)})) };
  })()`;
  return {
    footBlock: () => contents.executeJavaScript(query) as Promise<{ count: number; marginMm: number }>,
    async addStyle(css) {
      const key = await contents.insertCSS(css);
      return () => contents.removeInsertedCSS(key);
    },
    evaluate: (expression) => contents.executeJavaScript(expression) as Promise<unknown>,
  };
}

/**
 * Prints the engine's print HTML to PDF in a hidden, sandboxed window, reused across exports (one at a time),
 * with the same foot-of-last-page placement and PDF properties as the CLI's headless Chromium. The HTML goes
 * through a temp file: a data: URL is capped at 2 MB, and a briefing with photos is larger.
 *
 * A print cannot be stopped through Electron's API, so a Cancel destroys the hidden window: the export stops
 * waiting at once, the temp file goes, and the next export opens a fresh window.
 */
export class ElectronPdfPrinter implements PdfPrinter {
  private window: BrowserWindow | undefined;
  private folder: Promise<string> | undefined;
  private queue: Promise<unknown> = Promise.resolve();

  render(html: string, info: PdfInfo, signal?: AbortSignal): Promise<Uint8Array> {
    const job = this.queue.catch(() => undefined).then(() => this.print(html, info, signal));
    this.queue = job;
    return job;
  }

  private windowFor(): BrowserWindow {
    if (!this.window || this.window.isDestroyed()) {
      this.window = new BrowserWindow({
        show: false,
        width: 794,
        height: 1123,
        webPreferences: {
          sandbox: true,
          contextIsolation: true,
          nodeIntegration: false,
          webSecurity: true,
          allowRunningInsecureContent: false,
          webviewTag: false,
          spellcheck: false,
          // Middle-click would open links in a new window, past the window-open handler.
          disableBlinkFeatures: 'Auxclick',
          partition: PRINT_PARTITION,
        },
      });
    }
    return this.window;
  }

  private async print(html: string, info: PdfInfo, signal: AbortSignal | undefined): Promise<Uint8Array> {
    signal?.throwIfAborted();
    this.folder ??= mkdtemp(path.join(os.tmpdir(), 'briefing-print-'));
    const file = path.join(await this.folder, 'print.html');
    await writeFile(file, html, 'utf8');
    const window = this.windowFor();
    const contents = window.webContents;
    const stop = () => {
      if (!window.isDestroyed()) window.destroy();
    };
    signal?.addEventListener('abort', stop, { once: true });
    try {
      return await untilAborted(this.printLoaded(contents, file, info, signal), signal);
    } finally {
      signal?.removeEventListener('abort', stop);
      await rm(file, { force: true });
    }
  }

  private async printLoaded(contents: WebContents, file: string, info: PdfInfo, signal: AbortSignal | undefined): Promise<Uint8Array> {
    await contents.loadFile(file);
    await contents.executeJavaScript('document.fonts.ready.then(() => true)');
    const bytes = await printWithFootBlock(surface(contents), async (fast) =>
      new Uint8Array(
        await contents.printToPDF({
          preferCSSPageSize: true,
          printBackground: true,
          // The same request Playwright makes for the CLI: the page's own @page margins, nothing added.
          margins: { top: 0, bottom: 0, left: 0, right: 0 },
          // The measuring pass only needs positions; skip the outline and structure tree there.
          generateDocumentOutline: !fast,
          generateTaggedPDF: !fast,
        }),
      ),
      { signal },
    );
    return await finishPdf(bytes, info);
  }

  async close(): Promise<void> {
    // A Cancel may have destroyed it already; destroying it twice throws.
    if (this.window && !this.window.isDestroyed()) this.window.destroy();
    this.window = undefined;
    const folder = this.folder;
    this.folder = undefined;
    if (folder) await rm(await folder, { recursive: true, force: true });
  }
}
