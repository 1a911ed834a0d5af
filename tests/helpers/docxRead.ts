/**
 * Reads our DOCX files back as a person's tools would: the zip and its XML parts (fflate), the text Word's
 * content gives a converter (mammoth), and what LibreOffice makes of the file (a headless conversion to text).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';

export interface DocxPackage {
  /** Every part's bytes, by path. */
  parts: Record<string, Uint8Array>;
  /** The zip compression method of each part: 0 stored, 8 deflated. */
  methods: Record<string, number>;
  /** A part as text; throws when the package has no such part. */
  xml(partPath: string): string;
}

export function readDocx(bytes: Uint8Array): DocxPackage {
  const methods: Record<string, number> = {};
  const parts = unzipSync(bytes, {
    filter: (file) => {
      methods[file.name] = file.compression;
      return true;
    },
  });
  return {
    parts,
    methods,
    xml(partPath) {
      const part = parts[partPath];
      if (!part) throw new Error(`the DOCX has no part ${partPath} (it has ${Object.keys(parts).join(', ')})`);
      return strFromU8(part);
    },
  };
}

/** The text of the document body as mammoth extracts it (paragraphs separated by blank lines). */
export async function mammothText(bytes: Uint8Array): Promise<string> {
  return (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
}

/** The body as mammoth's HTML, which shows how styles and lists came through. */
export async function mammothHtml(bytes: Uint8Array): Promise<string> {
  return (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
}

/**
 * What LibreOffice reads from the file: a headless conversion to HTML, read as text, with a fresh profile (so a
 * stale lock of another run cannot block it). HTML, not its plain-text export, which leaves out what LibreOffice
 * sets in frames (the 版记 floats in one at the foot of the last page). Throws when LibreOffice produces nothing, as it does for a file it
 * cannot open.
 */
/** The text of LibreOffice's HTML export: its body without tags, each paragraph on a line, entities decoded. */
function htmlBodyText(html: string): string {
  const body = html.replace(/^[\s\S]*?<body[^>]*>/i, '').replace(/<\/body>[\s\S]*$/i, '');
  return body
    .replace(/<(style|script)[^>]*>[\s\S]*?<\/\1>/gi, '')
    .replace(/<\/(p|h\d|li|td|th|div|tr)>|<br\s*\/?>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&#x([0-9a-f]+);/gi, (_m, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_m, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&(nbsp|lt|gt|quot|apos|amp);/g, (_m, name: string) => ({ nbsp: '\u00a0', lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name]!);
}

export async function libreOfficeText(bytes: Uint8Array): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'bc-docx-'));
  try {
    const file = path.join(dir, 'doc.docx');
    writeFileSync(file, bytes);
    const profile = `file://${path.join(dir, 'profile')}`;
    await promisify(execFile)(
      'soffice',
      [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'html:HTML (StarWriter)', '--outdir', dir, file],
      { timeout: 110_000 },
    );
    return htmlBodyText(readFileSync(path.join(dir, 'doc.html'), 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Whitespace removed: readers disagree about spaces, tabs and paragraph breaks, never about letters. */
const squash = (text: string) => text.replace(/\s+/g, '');

/** Fails naming the first needle that is not found after the previous one, with what came before it. */
export function expectInOrder(haystack: string, needles: readonly string[]): void {
  const hay = squash(haystack);
  let at = 0;
  for (const [i, raw] of needles.entries()) {
    const needle = squash(raw);
    if (needle === '') continue;
    const found = hay.indexOf(needle, at);
    if (found < 0) {
      const anywhere = hay.indexOf(needle) >= 0 ? ' (it appears earlier, out of order)' : ' (it is missing)';
      throw new Error(`text #${i} "${raw}" not found after position ${at}${anywhere}; text there: "${hay.slice(at, at + 80)}…"`);
    }
    at = found + needle.length;
  }
}

/** Every value of an attribute on an element, in document order: attributeValues(xml, 'w:pStyle', 'w:val'). */
export function attributeValues(xml: string, element: string, attribute: string): string[] {
  const pattern = new RegExp(`<${element}\\b[^>]*\\s${attribute}="([^"]*)"`, 'g');
  return [...xml.matchAll(pattern)].map((m) => m[1]!);
}

/** The style element with this id in styles.xml, as text. */
export function styleXml(stylesXml: string, styleId: string): string {
  const match = new RegExp(`<w:style\\b[^>]*w:styleId="${styleId}"[^>]*>[\\s\\S]*?</w:style>`).exec(stylesXml);
  if (!match) throw new Error(`styles.xml has no style "${styleId}"`);
  return match[0];
}
