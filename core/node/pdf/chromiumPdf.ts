/**
 * A small reader for the PDF Chromium (Skia) writes: a classic xref table, one trailer, page and annotation
 * dictionaries as plain indirect objects. Enough to count pages, find the probe links, and append an
 * incremental update, without parsing the whole file as pdf-lib does. Anything unexpected (an xref stream, an
 * inline annotation, a missing object) makes read() return undefined, and the caller uses pdf-lib instead.
 */

export type Box = [number, number, number, number];

export interface PdfLink {
  ref: number;
  rect: Box;
  /** The named destination (`/Dest /name`), when the link has one. */
  dest: string | undefined;
}

export interface PdfPageObject {
  ref: number;
  /** The dictionary's source text, `<< … >>`. */
  dict: string;
  mediaBox: Box;
  annots: number[];
  links: PdfLink[];
}

export interface ChromiumPdf {
  /** The file as latin1 text: one character a byte, so offsets match. */
  text: string;
  startxref: number;
  size: number;
  root: number;
  info: number | undefined;
  id: string | undefined;
  catalog: string;
  pages: PdfPageObject[];
}

const NUMBER = String.raw`-?(?:\d+\.?\d*|\.\d+)`;
const ref = (value: string | undefined) => (value === undefined ? undefined : Number(value));
const refs = (list: string) => [...list.matchAll(/(\d+)\s+0\s+R/g)].map((m) => Number(m[1]));

function box(dict: string, key: string): Box | undefined {
  const match = new RegExp(String.raw`/${key}\s*\[\s*(${NUMBER})\s+(${NUMBER})\s+(${NUMBER})\s+(${NUMBER})\s*\]`).exec(dict);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3]), Number(match[4])] : undefined;
}

/** The object's dictionary text, from `<<` to its matching `>>`. */
function dictAt(text: string, offset: number, num: number): string | undefined {
  const head = /^(\d+)\s+(\d+)\s+obj\s*/.exec(text.slice(offset, offset + 40));
  if (!head || Number(head[1]) !== num) return undefined;
  let i = offset + head[0].length;
  if (!text.startsWith('<<', i)) return undefined;
  const start = i;
  let depth = 0;
  for (; i < text.length - 1; i++) {
    const two = text.slice(i, i + 2);
    if (two === '<<') {
      depth += 1;
      i += 1;
    } else if (two === '>>') {
      depth -= 1;
      i += 1;
      if (depth === 0) return text.slice(start, i + 1);
    } else if (text[i] === '<') {
      // A hex string: its closing '>' must not pair with the dictionary's own.
      i = text.indexOf('>', i);
      if (i < 0) return undefined;
    } else if (text[i] === '(') {
      // A literal string may hold unbalanced brackets; skip it, minding escapes and nesting.
      let level = 1;
      for (i += 1; i < text.length && level > 0; i++) {
        if (text[i] === '\\') i += 1;
        else if (text[i] === '(') level += 1;
        else if (text[i] === ')') level -= 1;
      }
      i -= 1;
    }
  }
  return undefined;
}

function xrefOffsets(text: string, startxref: number): { offsets: Map<number, number>; trailer: string } | undefined {
  if (!text.startsWith('xref', startxref)) return undefined;
  const offsets = new Map<number, number>();
  const section = /\s*(\d+)\s+(\d+)\s*/y;
  let at = startxref + 4;
  for (;;) {
    section.lastIndex = at;
    const head = section.exec(text);
    if (!head) break;
    const [first, count] = [Number(head[1]), Number(head[2])];
    at = section.lastIndex;
    for (let i = 0; i < count; i++) {
      const entry = text.slice(at, at + 20);
      if (entry[17] === 'n') offsets.set(first + i, Number(entry.slice(0, 10)));
      at += 20;
    }
  }
  const trailerAt = text.indexOf('trailer', at);
  if (trailerAt < 0 || trailerAt > at + 4) return undefined;
  const open = text.indexOf('<<', trailerAt);
  const close = text.indexOf('>>', open);
  if (open < 0 || close < 0) return undefined;
  return { offsets, trailer: text.slice(open, close + 2) };
}

export function readChromiumPdf(bytes: Uint8Array): ChromiumPdf | undefined {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const tail = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text.slice(-64));
  if (!tail) return undefined;
  const startxref = Number(tail[1]);
  const xref = xrefOffsets(text, startxref);
  // An incremental update or an xref stream: not what Chromium writes, so not ours to patch.
  if (!xref || /\/Prev\b|\/XRefStm\b/.test(xref.trailer)) return undefined;
  const object = (num: number) => {
    const offset = xref.offsets.get(num);
    return offset === undefined ? undefined : dictAt(text, offset, num);
  };
  const root = ref(/\/Root\s+(\d+)\s+0\s+R/.exec(xref.trailer)?.[1]);
  const size = Number(/\/Size\s+(\d+)/.exec(xref.trailer)?.[1]);
  const catalog = root === undefined ? undefined : object(root);
  const pagesRoot = ref(catalog && /\/Pages\s+(\d+)\s+0\s+R/.exec(catalog)?.[1]);
  if (root === undefined || !catalog || pagesRoot === undefined || !Number.isFinite(size)) return undefined;

  const pages: PdfPageObject[] = [];
  const visit = (num: number, depth: number): boolean => {
    const dict = object(num);
    if (!dict || depth > 32) return false;
    if (/\/Type\s*\/Pages\b/.test(dict)) {
      const kids = /\/Kids\s*\[([^\]]*)\]/.exec(dict);
      return kids !== null && refs(kids[1]!).every((kid) => visit(kid, depth + 1));
    }
    if (!/\/Type\s*\/Page\b/.test(dict)) return false;
    const mediaBox = box(dict, 'MediaBox');
    if (!mediaBox) return false;
    const annotList = /\/Annots\s*(\[[^\]]*\]|\d+\s+0\s+R)/.exec(dict)?.[1];
    if (annotList && !annotList.startsWith('[')) return false;
    const annots = annotList ? refs(annotList) : [];
    const links: PdfLink[] = [];
    for (const annot of annots) {
      const a = object(annot);
      if (!a) return false;
      if (!/\/Subtype\s*\/Link\b/.test(a)) continue;
      const rect = box(a, 'Rect');
      if (!rect) return false;
      links.push({ ref: annot, rect, dest: /\/Dest\s*\/([^\s/[\]<>()]+)/.exec(a)?.[1] });
    }
    pages.push({ ref: num, dict, mediaBox, annots, links });
    return true;
  };
  if (!visit(pagesRoot, 0) || pages.length === 0) return undefined;
  return {
    text,
    startxref,
    size,
    root,
    info: ref(/\/Info\s+(\d+)\s+0\s+R/.exec(xref.trailer)?.[1]),
    id: /\/ID\s*(\[[^\]]*\])/.exec(xref.trailer)?.[1],
    catalog,
    pages,
  };
}

/** The lowest edge of each link to `dest` on one page (PDF y, points from the bottom). */
export function linkBottomsTo(page: PdfPageObject, dest: string): number[] {
  return page.links.filter((l) => l.dest === dest).map((l) => Math.min(l.rect[1], l.rect[3]));
}
