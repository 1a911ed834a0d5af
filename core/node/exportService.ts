import type { BriefingDocument } from '../model/index.ts';
import type { PageSizeName, Template } from '../template/index.ts';
import { exportDocx } from '../export/docx/index.ts';
import { printHtml } from '../export/html/index.ts';
import { exportPdf, PdfRenderer } from './pdf/index.ts';

export type OutputFormat = 'docx' | 'pdf' | 'html';

/**
 * Renders documents to DOCX, PDF and print HTML in memory. One browser is started on the first PDF and kept warm
 * for the rest of the batch; close() ends it. The CLI and the desktop app's export handlers both go through this.
 */
export class ExportService {
  private renderer: Promise<PdfRenderer> | undefined;

  constructor(private readonly launchRenderer: () => Promise<PdfRenderer> = () => PdfRenderer.launch()) {}

  async render(
    doc: BriefingDocument,
    template: Template,
    formats: readonly OutputFormat[],
    pageSize?: PageSizeName,
  ): Promise<Map<OutputFormat, Uint8Array>> {
    const options = pageSize ? { pageSize } : {};
    const out = new Map<OutputFormat, Uint8Array>();
    for (const format of formats) {
      if (format === 'docx') out.set('docx', await exportDocx(doc, template, options));
      if (format === 'html') out.set('html', new TextEncoder().encode(printHtml(doc, template, options)));
      if (format === 'pdf') out.set('pdf', await exportPdf(doc, template, await this.pdfRenderer(), options));
    }
    return out;
  }

  private pdfRenderer(): Promise<PdfRenderer> {
    this.renderer ??= this.launchRenderer();
    return this.renderer;
  }

  async close(): Promise<void> {
    const renderer = this.renderer;
    this.renderer = undefined;
    if (renderer) await (await renderer).close();
  }
}
