import { sniffImage, type Result } from '../../model/index.ts';
import { openDocx, type DocxParts } from './docxParts.ts';
import { attr, elements, first, numberAttr, paragraphText, relationships, resolvePart } from './xml.ts';

/**
 * What a Word letterhead gives a template, read from its XML: page size and margins from the body's sectPr, the
 * logo from the first-page (else default) header's first image, the masthead from the first large coloured
 * paragraph, the body font and size from the Normal style. Each item is either found or said to be missing.
 */
export interface LetterheadFacts {
  page?: { widthMm: number; heightMm: number; landscape: boolean };
  marginsMm?: { top: number; bottom: number; left: number; right: number };
  headerDistanceMm?: number;
  footerDistanceMm?: number;
  logo?: { bytes: Uint8Array; mimeType: 'image/png' | 'image/jpeg'; heightMm?: number };
  masthead?: { text: string; color?: string; sizePt?: number; font?: string };
  body?: { latin?: string; eastAsia?: string; sizePt?: number };
  /** Why an item could not be taken, by item. */
  missing: { item: 'page' | 'margins' | 'logo' | 'masthead' | 'bodyFont'; reason: 'absent' | 'unsupportedImage'; detail?: string }[];
}

const TWIPS_PER_MM = 1440 / 25.4;
const EMU_PER_MM = 36000;
const mm = (twips: number) => Math.round((twips / TWIPS_PER_MM) * 10) / 10;

function bodySectPr(document: string): string | undefined {
  const body = first(document, 'w:body') ?? document;
  return elements(body, 'w:sectPr').at(-1);
}

function readPage(sectPr: string | undefined, facts: LetterheadFacts) {
  const size = first(sectPr ?? '', 'w:pgSz');
  const width = numberAttr(size, 'w:w');
  const height = numberAttr(size, 'w:h');
  if (width && height) facts.page = { widthMm: mm(width), heightMm: mm(height), landscape: attr(size, 'w:orient') === 'landscape' };
  else facts.missing.push({ item: 'page', reason: 'absent' });
  const margins = first(sectPr ?? '', 'w:pgMar');
  const [top, bottom, left, right] = ['w:top', 'w:bottom', 'w:left', 'w:right'].map((name) => numberAttr(margins, name));
  if (top !== undefined && bottom !== undefined && left !== undefined && right !== undefined && [top, bottom, left, right].every((v) => v > 0)) {
    facts.marginsMm = { top: mm(Math.abs(top)), bottom: mm(Math.abs(bottom)), left: mm(left), right: mm(right) };
  } else {
    facts.missing.push({ item: 'margins', reason: 'absent' });
  }
  const header = numberAttr(margins, 'w:header');
  const footer = numberAttr(margins, 'w:footer');
  if (header) facts.headerDistanceMm = mm(header);
  if (footer) facts.footerDistanceMm = mm(footer);
}

/** The header parts, first-page header first when the section has a distinct first page. */
function headerParts(docx: DocxParts, sectPr: string | undefined): string[] {
  const rels = relationships(docx.text('word/_rels/document.xml.rels'));
  const refs = elements(sectPr ?? '', 'w:headerReference');
  const byType = (type: string) => refs.filter((ref) => attr(ref, 'w:type') === type);
  const titlePage = /<w:titlePg(?:\s+w:val="(?:1|true|on)")?\s*\/>/.test(sectPr ?? '');
  const ordered = [...(titlePage ? byType('first') : []), ...byType('default'), ...byType('first'), ...byType('even')];
  const parts = ordered.map((ref) => rels.get(attr(ref, 'r:id') ?? '')).filter((t): t is string => Boolean(t)).map((t) => resolvePart('word', t));
  return [...new Set(parts)];
}

function relsOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
}

/** The first picture of a part (a header, or the body), with its displayed height. */
function firstImage(docx: DocxParts, part: string, facts: LetterheadFacts): boolean {
  const xml = docx.text(part);
  if (!xml) return false;
  const rels = relationships(docx.text(relsOf(part)));
  for (const drawing of [...elements(xml, 'w:drawing'), ...elements(xml, 'w:pict')]) {
    const id = attr(first(drawing, 'a:blip'), 'r:embed') ?? attr(first(drawing, 'v:imagedata'), 'r:id');
    const target = id ? rels.get(id) : undefined;
    if (!target) continue;
    const name = resolvePart(part.slice(0, part.lastIndexOf('/')), target);
    const bytes = docx.bytes(name);
    const info = bytes ? sniffImage(bytes) : undefined;
    if (!bytes || !info) {
      facts.missing.push({ item: 'logo', reason: 'unsupportedImage', detail: name.split('/').pop() ?? name });
      return true;
    }
    const extent = numberAttr(first(drawing, 'wp:extent'), 'cy');
    facts.logo = { bytes, mimeType: info.mimeType, ...(extent ? { heightMm: Math.round((extent / EMU_PER_MM) * 10) / 10 } : {}) };
    return true;
  }
  return false;
}

const runColor = (run: string) => attr(first(run, 'w:color'), 'w:val');
const runSizePt = (run: string) => {
  const half = numberAttr(first(run, 'w:sz'), 'w:val');
  return half ? half / 2 : undefined;
};
const runFont = (run: string) => {
  const fonts = first(run, 'w:rFonts');
  return attr(fonts, 'w:eastAsia') ?? attr(fonts, 'w:ascii') ?? attr(fonts, 'w:hAnsi');
};
const isColored = (color: string | undefined) => Boolean(color && /^[0-9A-Fa-f]{6}$/.test(color) && !/^0{6}$/.test(color));

/** The first paragraph, in the headers then the body, set large (18 pt or more) in a colour other than black. */
function readMasthead(docx: DocxParts, parts: string[], facts: LetterheadFacts) {
  let fallback: LetterheadFacts['masthead'];
  for (const part of [...parts, 'word/document.xml']) {
    for (const paragraph of elements(docx.text(part) ?? '', 'w:p')) {
      const text = paragraphText(paragraph);
      if (!text) continue;
      const runs = elements(paragraph, 'w:r').filter((run) => paragraphText(`<w:p>${run}</w:p>`) !== '');
      const styled = runs.find((run) => isColored(runColor(run)));
      if (!styled) continue;
      const sizes = runs.map(runSizePt).filter((s): s is number => s !== undefined);
      const sizePt = sizes.length > 0 ? Math.max(...sizes) : undefined;
      const font = runFont(styled);
      const found = { text, color: `#${runColor(styled)!.toUpperCase()}`, ...(sizePt ? { sizePt } : {}), ...(font ? { font } : {}) };
      if ((sizePt ?? 0) >= 18) {
        facts.masthead = found;
        return;
      }
      fallback ??= found;
    }
  }
  if (fallback) facts.masthead = fallback;
  else facts.missing.push({ item: 'masthead', reason: 'absent' });
}

function readBodyFont(docx: DocxParts, facts: LetterheadFacts) {
  const styles = docx.text('word/styles.xml') ?? '';
  const defaults = first(first(styles, 'w:docDefaults') ?? '', 'w:rPr') ?? '';
  const normal = elements(styles, 'w:style').find((s) => attr(s, 'w:styleId') === 'Normal' || (attr(s, 'w:type') === 'paragraph' && attr(s, 'w:default') === '1'));
  const normalRun = first(normal ?? '', 'w:rPr') ?? '';
  const pick = (name: string) => attr(first(normalRun, 'w:rFonts'), name) ?? attr(first(defaults, 'w:rFonts'), name);
  const latin = pick('w:ascii') ?? pick('w:hAnsi');
  const eastAsia = pick('w:eastAsia');
  const sizePt = runSizePt(normalRun) ?? runSizePt(defaults);
  if (!latin && !eastAsia && !sizePt) {
    facts.missing.push({ item: 'bodyFont', reason: 'absent' });
    return;
  }
  facts.body = { ...(latin ? { latin } : {}), ...(eastAsia ? { eastAsia } : {}), ...(sizePt ? { sizePt } : {}) };
}

/** Reads a letterhead .docx. Never throws; a file that is not a readable .docx is refused with the reason. */
export function readLetterhead(bytes: Uint8Array): Result<LetterheadFacts> {
  try {
    const opened = openDocx(bytes);
    if (!opened.ok) return opened;
    const docx = opened.value;
    const document = docx.text('word/document.xml');
    if (!document) return { ok: false, problems: [{ path: 'word/document.xml', message: 'cannot be read' }] };
    const facts: LetterheadFacts = { missing: [] };
    const sectPr = bodySectPr(document);
    readPage(sectPr, facts);
    const headers = headerParts(docx, sectPr);
    if (!headers.some((part) => firstImage(docx, part, facts)) && !firstImage(docx, 'word/document.xml', facts)) {
      facts.missing.push({ item: 'logo', reason: 'absent' });
    }
    readMasthead(docx, headers, facts);
    readBodyFont(docx, facts);
    return { ok: true, value: facts };
  } catch (error) {
    return { ok: false, problems: [{ path: '(file)', message: `the file could not be read: ${error instanceof Error ? error.message : String(error)}` }] };
  }
}
