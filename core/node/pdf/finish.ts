import { PAGE_SIZES } from '../../template/index.ts';
import { FOOT_END_ID, FOOT_ID, PT_PER_MM } from '../../export/html/index.ts';
import { readChromiumPdf, type ChromiumPdf } from './chromiumPdf.ts';

export interface PdfInfo {
  title: string;
  author?: string;
  subject?: string;
}

export const PDF_CREATOR = 'Briefing Composer';

/** The foot placement's probe links: measuring aids, never part of the finished PDF. */
export const PROBE_DESTS: ReadonlySet<string> = new Set([FOOT_ID, FOOT_END_ID]);

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
function standardSize(width: number, height: number): [number, number] | undefined {
  const standard = STANDARD_SIZES_PT.find(([w, h]) => Math.abs(w! - width) < 1 && Math.abs(h! - height) < 1);
  return standard ? [standard[0]!, standard[1]!] : undefined;
}

/** A PDF text string as UTF-16BE hex with its byte-order mark: any character, nothing to escape. */
function textString(value: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < value.length; i++) hex += value.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

const two = (n: number) => String(n).padStart(2, '0');
/** The date as pdf-lib writes it, in UTC. */
function pdfDate(date: Date): string {
  return `(D:${date.getUTCFullYear()}${two(date.getUTCMonth() + 1)}${two(date.getUTCDate())}${two(date.getUTCHours())}${two(date.getUTCMinutes())}${two(date.getUTCSeconds())}Z)`;
}

const real = (n: number) => String(Math.round(n * 10_000) / 10_000);

function infoDict(info: PdfInfo, now: Date): string {
  return [
    '<<',
    `/Title ${textString(info.title)}`,
    ...(info.author ? [`/Author ${textString(info.author)}`] : []),
    ...(info.subject ? [`/Subject ${textString(info.subject)}`] : []),
    `/Creator ${textString(PDF_CREATOR)}`,
    `/Producer ${textString(`${PDF_CREATOR} (Chromium)`)}`,
    `/CreationDate ${pdfDate(now)}`,
    `/ModDate ${pdfDate(now)}`,
    '>>',
  ].join('\n');
}

/** The page dictionary with its sheet snapped and the probe links left out; undefined when nothing changes. */
function finishedPage(page: ChromiumPdf['pages'][number]): string | undefined {
  let dict = page.dict;
  const [x0, y0, x1, y1] = page.mediaBox;
  const snapped = x0 === 0 && y0 === 0 ? standardSize(x1, y1) : undefined;
  if (snapped) dict = dict.replace(/\/MediaBox\s*\[[^\]]*\]/, `/MediaBox [0 0 ${real(snapped[0])} ${real(snapped[1])}]`);
  const probes = new Set(page.links.filter((l) => l.dest !== undefined && PROBE_DESTS.has(l.dest)).map((l) => l.ref));
  if (probes.size > 0) {
    const kept = page.annots.filter((a) => !probes.has(a));
    dict = dict.replace(/\/Annots\s*\[[^\]]*\]/, kept.length > 0 ? `/Annots [${kept.map((a) => `${a} 0 R`).join(' ')}]` : '');
  }
  return dict === page.dict ? undefined : dict;
}

/**
 * Appends an incremental update to Chromium's bytes: a new Info dictionary and the pages that change, with an
 * xref section pointing back (/Prev) at Chromium's. Every other object (outline, structure tree, /Lang, fonts,
 * the catalog's DisplayDocTitle) stays byte for byte as Chromium wrote it, and nothing is parsed or rewritten.
 */
function appendUpdate(pdf: ChromiumPdf, bytes: Uint8Array, info: PdfInfo, now: Date): Uint8Array {
  const infoRef = pdf.info ?? pdf.size;
  const changed = new Map<number, string>([[infoRef, infoDict(info, now)]]);
  // A reader shows the title, not the file name, in its window (what pdf-lib's showInWindowTitleBar sets).
  if (!/\/DisplayDocTitle\s+true/.test(pdf.catalog)) changed.set(pdf.root, pdf.catalog.replace(/>>$/, ' /ViewerPreferences << /DisplayDocTitle true >> >>'));
  for (const page of pdf.pages) {
    const dict = finishedPage(page);
    if (dict) changed.set(page.ref, dict);
  }
  const chunks: string[] = ['\n'];
  let offset = bytes.byteLength + 1;
  const offsets = new Map<number, number>();
  for (const [num, dict] of [...changed].sort(([a], [b]) => a - b)) {
    const body = `${num} 0 obj\n${dict}\nendobj\n`;
    offsets.set(num, offset);
    chunks.push(body);
    offset += Buffer.byteLength(body, 'latin1');
  }
  const xrefAt = offset;
  const lines = ['xref'];
  const nums = [...offsets.keys()];
  for (let i = 0; i < nums.length; ) {
    let j = i;
    while (j + 1 < nums.length && nums[j + 1] === nums[j]! + 1) j += 1;
    lines.push(`${nums[i]} ${j - i + 1}`);
    for (let k = i; k <= j; k++) lines.push(`${String(offsets.get(nums[k]!)).padStart(10, '0')} 00000 n `);
    i = j + 1;
  }
  const size = Math.max(pdf.size, infoRef + 1);
  const id = pdf.id ? ` /ID ${pdf.id}` : '';
  lines.push('trailer', `<< /Size ${size} /Root ${pdf.root} 0 R /Info ${infoRef} 0 R /Prev ${pdf.startxref}${id} >>`, 'startxref', String(xrefAt), '%%EOF', '');
  chunks.push(lines.join('\n'));
  const tail = Buffer.from(chunks.join(''), 'latin1');
  const out = new Uint8Array(bytes.byteLength + tail.byteLength);
  out.set(bytes, 0);
  out.set(tail, bytes.byteLength);
  return out;
}

/** The same finish through pdf-lib, for a PDF the small reader does not know (loaded only then). */
async function finishWithPdfLib(bytes: Uint8Array, info: PdfInfo, now: Date): Promise<Uint8Array> {
  const { PDFDict, PDFDocument, PDFName } = await import('pdf-lib');
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  for (const page of pdf.getPages()) {
    const { width, height } = page.getSize();
    const standard = standardSize(width, height);
    if (standard) page.setMediaBox(0, 0, standard[0], standard[1]);
    const annots = page.node.Annots();
    if (!annots) continue;
    for (let i = annots.size() - 1; i >= 0; i--) {
      const dest = annots.lookupMaybe(i, PDFDict)?.get(PDFName.of('Dest'));
      if (dest instanceof PDFName && PROBE_DESTS.has(dest.decodeText())) annots.remove(i);
    }
    if (annots.size() === 0) page.node.delete(PDFName.of('Annots'));
  }
  pdf.setTitle(info.title, { showInWindowTitleBar: true });
  if (info.author) pdf.setAuthor(info.author);
  if (info.subject) pdf.setSubject(info.subject);
  pdf.setCreator(PDF_CREATOR);
  pdf.setProducer(`${PDF_CREATOR} (Chromium)`);
  pdf.setCreationDate(now);
  pdf.setModificationDate(now);
  return pdf.save({ useObjectStreams: false });
}

/**
 * Chromium writes only a title (from <title>) and itself as creator; this sets the properties a reader shows,
 * snaps the sheet to its standard size and drops the foot placement's probe links. Chromium's own objects are
 * kept as they are, so the outline (/Outlines), the structure tree of the tagged PDF, /Lang and the embedded
 * fonts all survive.
 */
export async function finishPdf(bytes: Uint8Array, info: PdfInfo, now: Date = new Date(), parsed?: ChromiumPdf): Promise<Uint8Array> {
  const pdf = parsed ?? readChromiumPdf(bytes);
  // A catalog with viewer preferences of its own but no DisplayDocTitle: pdf-lib merges it properly.
  const mergeable = pdf && (/\/DisplayDocTitle\s+true/.test(pdf.catalog) || !/\/ViewerPreferences\b/.test(pdf.catalog));
  return pdf && mergeable ? appendUpdate(pdf, bytes, info, now) : finishWithPdfLib(bytes, info, now);
}
