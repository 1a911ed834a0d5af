import type { BriefingDocument } from '../../model/index.ts';
import type { Template } from '../../template/index.ts';
import { buildPlan } from '../../export/plan/index.ts';
import { printHtml, type PrintHtmlOptions } from '../../export/html/index.ts';
import type { PdfRenderer } from './renderer.ts';

export { findChromium } from './findChromium.ts';
export { PdfRenderer, CHROMIUM_FLAGS } from './renderer.ts';
export { PDF_CREATOR, type PdfInfo } from './finish.ts';

/** A briefing to PDF bytes: the same print HTML as the preview, printed by the renderer's warm browser. */
export async function exportPdf(
  doc: BriefingDocument,
  template: Template,
  renderer: PdfRenderer,
  options?: PrintHtmlOptions,
): Promise<Uint8Array> {
  const { properties } = buildPlan(doc.briefing, template.manifest);
  const html = printHtml(doc, template, options);
  return renderer.render(html, {
    title: properties.title,
    ...(properties.author ? { author: properties.author } : {}),
    ...(properties.subject ? { subject: properties.subject } : {}),
  });
}
