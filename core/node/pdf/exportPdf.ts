import type { BriefingDocument } from '../../model/index.ts';
import type { Template } from '../../template/index.ts';
import { buildPlan } from '../../export/plan/index.ts';
import { printHtml, type PrintHtmlOptions } from '../../export/html/index.ts';
import { assertWholeImages } from '../../export/wholeImages.ts';
import type { PdfPrinter } from './printer.ts';

/**
 * A briefing to PDF bytes: the same print HTML as the preview, printed by any warm printer. Kept apart from
 * the Playwright renderer so the desktop app's main process can print without loading playwright-core.
 */
export interface PdfRun {
  signal?: AbortSignal | undefined;
  /** Called as the PDF moves on: laid out into print HTML, then handed to the printer. */
  onStep?: ((step: 'layout' | 'printing') => void) | undefined;
}

export async function exportPdf(
  doc: BriefingDocument,
  template: Template,
  printer: PdfPrinter,
  options?: PrintHtmlOptions,
  run: PdfRun = {},
): Promise<Uint8Array> {
  run.signal?.throwIfAborted();
  run.onStep?.('layout');
  // The preview shows whatever the bytes hold; a printed document refuses a cut-off photo (InputError).
  assertWholeImages(doc);
  const { properties } = buildPlan(doc.briefing, template.manifest);
  const html = printHtml(doc, template, options);
  run.signal?.throwIfAborted();
  run.onStep?.('printing');
  const info = {
    title: properties.title,
    ...(properties.author ? { author: properties.author } : {}),
    ...(properties.subject ? { subject: properties.subject } : {}),
  };
  return printer.render(html, info, run.signal);
}
