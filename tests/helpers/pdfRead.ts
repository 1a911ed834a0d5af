/**
 * Reads our PDFs back the way a person's tools would: poppler's pdftotext, pdfinfo and pdffonts on a temporary
 * file, and pdf-lib for what poppler does not print (the outline).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDict, PDFDocument, PDFName, PDFNumber } from 'pdf-lib';

function withTempFile<T>(bytes: Uint8Array, read: (file: string) => T): T {
  const dir = mkdtempSync(path.join(tmpdir(), 'bc-pdf-'));
  try {
    const file = path.join(dir, 'doc.pdf');
    writeFileSync(file, bytes);
    return read(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const run = (tool: string, args: string[]) => execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

/** The text, laid out roughly as on the page (`pdftotext -layout`); pages separated by form feeds. */
export function pdfText(bytes: Uint8Array): string {
  return withTempFile(bytes, (file) => run('pdftotext', ['-layout', file, '-']));
}

/** The text in content order (`pdftotext -raw`), as the checks read it; pages separated by form feeds. */
export function pdfRawText(bytes: Uint8Array): string {
  return withTempFile(bytes, (file) => run('pdftotext', ['-raw', file, '-']));
}

export interface PdfWord {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface PdfPage {
  width: number;
  height: number;
  words: PdfWord[];
}

const decode = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|#39|apos);/g, (_m, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'" })[e]!);

/** Every word with its box, in points from the page's top-left corner (`pdftotext -bbox`). */
export function pdfPages(bytes: Uint8Array): PdfPage[] {
  const xml = withTempFile(bytes, (file) => run('pdftotext', ['-bbox', file, '-']));
  const pages: PdfPage[] = [];
  for (const match of xml.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)) {
    const words = [...match[3]!.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(
      (w) => ({ xMin: Number(w[1]), yMin: Number(w[2]), xMax: Number(w[3]), yMax: Number(w[4]), text: decode(w[5]!) }),
    );
    pages.push({ width: Number(match[1]), height: Number(match[2]), words });
  }
  return pages;
}

/** `pdfinfo` as key → value ("Title", "Author", "Pages", "Page size"…). */
export function pdfInfo(bytes: Uint8Array): Record<string, string> {
  const out = withTempFile(bytes, (file) => run('pdfinfo', [file]));
  return Object.fromEntries(
    out
      .split('\n')
      .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1]!.trim(), m[2]!.trim()]),
  );
}

/** Page size in points, read from pdfinfo's "Page size: 595.276 x 841.89 pts (A4)". */
export function pdfPageSize(bytes: Uint8Array): { width: number; height: number } {
  const m = /([\d.]+) x ([\d.]+) pts/.exec(pdfInfo(bytes)['Page size'] ?? '');
  if (!m) throw new Error('pdfinfo printed no page size');
  return { width: Number(m[1]), height: Number(m[2]) };
}

export interface PdfFont {
  name: string;
  type: string;
  encoding: string;
  embedded: boolean;
  subset: boolean;
  unicode: boolean;
}

/** `pdffonts`, cut at the columns its dashed rule marks (font types contain spaces: "CID TrueType"). */
export function pdfFonts(bytes: Uint8Array): PdfFont[] {
  const lines = withTempFile(bytes, (file) => run('pdffonts', [file])).split('\n');
  const rule = lines[1] ?? '';
  const spans = [...rule.matchAll(/-+/g)].map((m) => [m.index, m.index + m[0].length] as const);
  const col = (line: string, i: number) => line.slice(spans[i]![0], spans[i]![1]).trim();
  return lines
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => ({
      name: col(line, 0),
      type: col(line, 1),
      encoding: col(line, 2),
      embedded: col(line, 3) === 'yes',
      subset: col(line, 4) === 'yes',
      unicode: col(line, 5) === 'yes',
    }));
}

/** How many entries the document outline (bookmarks) has, 0 when there is none. */
export async function pdfOutlineCount(bytes: Uint8Array): Promise<number> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const outlines = pdf.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  const count = outlines?.lookupMaybe(PDFName.of('Count'), PDFNumber);
  return count ? Math.abs(count.asNumber()) : 0;
}

/** Text with every kind of whitespace removed: CJK extraction puts spaces between characters at random. */
export const squeeze = (text: string) => text.replace(/\s+/g, '');

/**
 * The expected strings that do not occur in order: each is searched after the end of the previous match.
 * Comparing squeezed text keeps line breaks and CJK letter gaps out of the way. [] when all are there in order.
 */
export function missingInOrder(haystack: string, expected: readonly string[]): string[] {
  const text = squeeze(haystack);
  let from = 0;
  const missing: string[] = [];
  for (const item of expected) {
    const at = text.indexOf(squeeze(item), from);
    if (at < 0) missing.push(item);
    else from = at + squeeze(item).length;
  }
  return missing;
}
