import { PDFDocument } from 'pdf-lib';
import { PAGE_SIZES } from '../../template/index.ts';
import { PT_PER_MM } from '../../export/html/index.ts';

export interface PdfInfo {
  title: string;
  author?: string;
  subject?: string;
}

export const PDF_CREATOR = 'Briefing Composer';

const STANDARD_SIZES_PT = Object.values(PAGE_SIZES).flatMap(({ widthMm, heightMm }) => {
  const [w, h] = [widthMm * PT_PER_MM, heightMm * PT_PER_MM];
  return [
    [w, h],
    [h, w],
  ];
});

/**
 * Chromium rounds the sheet to its 300 dpi device grid (A4 comes out 594.96 × 841.92 pt). A printer that sees
 * "almost A4" may scale to fit, so a page within a point of a standard size is given that size exactly; the
 * third of a point this moves at the right edge lies in the margin.
 */
function snapPageSizes(pdf: PDFDocument): void {
  for (const page of pdf.getPages()) {
    const { width, height } = page.getSize();
    const standard = STANDARD_SIZES_PT.find(([w, h]) => Math.abs(w! - width) < 1 && Math.abs(h! - height) < 1);
    if (standard) page.setMediaBox(0, 0, standard[0]!, standard[1]!);
  }
}

/**
 * Chromium writes only a title (from <title>) and itself as creator; this sets the properties a reader shows.
 * Loading and saving with pdf-lib keeps the whole object graph, so the outline (/Outlines), the structure
 * tree of the tagged PDF, /Lang and the embedded fonts all survive.
 */
export async function finishPdf(bytes: Uint8Array, info: PdfInfo, now: Date = new Date()): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  snapPageSizes(pdf);
  pdf.setTitle(info.title, { showInWindowTitleBar: true });
  if (info.author) pdf.setAuthor(info.author);
  if (info.subject) pdf.setSubject(info.subject);
  pdf.setCreator(PDF_CREATOR);
  pdf.setProducer(`${PDF_CREATOR} (Chromium, pdf-lib)`);
  pdf.setCreationDate(now);
  pdf.setModificationDate(now);
  return pdf.save({ useObjectStreams: false });
}
