import { deflateRawSync } from 'node:zlib';
import type { BriefingDocument } from '../model/index.ts';
import type { PageSizeName, Template } from '../template/index.ts';
import { printHtml } from '../export/html/index.ts';
import { exportPdf } from './pdf/exportPdf.ts';
import type { PdfPrinter } from './pdf/printer.ts';

export type OutputFormat = 'docx' | 'pdf' | 'html';

/** Where a render has got to, for a progress display: DOCX built; PDF laid out, then printing. */
export type RenderStep = { step: 'building'; format: 'docx' } | { step: 'layout' | 'printing'; format: 'pdf' };

export interface RenderRun {
  /** Aborting stops the render between steps and the PDF print mid-way; render() then rejects with its reason. */
  signal?: AbortSignal | undefined;
  onStep?: ((step: RenderStep) => void) | undefined;
}

/** Node's zlib for the DOCX parts: native, where fflate's JS deflate costs ~0.4 s cold in a short-lived CLI. */
const nativeDeflate = (data: Uint8Array) => new Uint8Array(deflateRawSync(data, { level: 6 }));

/**
 * Renders documents to DOCX, PDF and print HTML in memory. One printer is started on the first PDF and kept warm
 * for the rest of the batch; close() ends it. The CLI (headless Chromium) and the desktop app (a hidden Electron
 * window) both go through this.
 */
export class ExportService {
  private printer: Promise<PdfPrinter> | undefined;

  /** `launchPrinter` runs on the first PDF: the CLI's headless Chromium (launchChromium.ts) or the app's window. */
  constructor(private readonly launchPrinter: () => Promise<PdfPrinter>) {}

  async render(
    doc: BriefingDocument,
    template: Template,
    formats: readonly OutputFormat[],
    pageSize?: PageSizeName,
    run: RenderRun = {},
  ): Promise<Map<OutputFormat, Uint8Array>> {
    const options = pageSize ? { pageSize } : {};
    const { signal, onStep } = run;
    const out = new Map<OutputFormat, Uint8Array>();
    for (const format of formats) {
      signal?.throwIfAborted();
      if (format === 'docx') {
        onStep?.({ step: 'building', format });
        // Loaded on the first DOCX: a PDF-only `briefing export` then starts its browser without the docx library.
        const { exportDocx } = await import('../export/docx/index.ts');
        out.set('docx', await exportDocx(doc, template, { ...options, deflate: nativeDeflate }));
      }
      if (format === 'html') out.set('html', new TextEncoder().encode(printHtml(doc, template, options)));
      if (format === 'pdf') {
        const printer = await this.pdfPrinter();
        out.set('pdf', await exportPdf(doc, template, printer, options, { signal, onStep: (step) => onStep?.({ step, format }) }));
      }
    }
    signal?.throwIfAborted();
    return out;
  }

  /**
   * Starts the printer now, without waiting for it, when a PDF will be asked for: the browser then starts while
   * the input is read, checked and laid out as HTML, instead of after. A launch that fails here is tried again,
   * and reported, by the PDF that needs it.
   */
  warmUp(): void {
    this.pdfPrinter().catch(() => undefined);
  }

  private pdfPrinter(): Promise<PdfPrinter> {
    // A launch that failed is forgotten, so the next export tries again instead of repeating the old error.
    this.printer ??= this.launchPrinter().catch((error: unknown) => {
      this.printer = undefined;
      throw error;
    });
    return this.printer;
  }

  async close(): Promise<void> {
    const printer = this.printer;
    this.printer = undefined;
    if (printer) await (await printer.catch(() => undefined))?.close();
  }
}
