import { RichTextSchema, type ListItem, type RichBlock, type RichText, type TextLeaf } from '../../../../core/model/index.ts';
import type { HeadingLevel, ListType } from '../nodes.ts';
import { dropLeading, leadingMarker, lengthPt } from './listMarkers.ts';
import { marksOf, NO_MARKS, styleValue, type Marks } from './marks.ts';
import { plainTextToRichText } from './plain.ts';
import { tableFromHtml } from './table.ts';
import { collapseWhitespace } from './whitespace.ts';
import { isHidden, isWordListMarker, isWordListParagraph, listTypeOfMarker, markerText, wordListLevel } from './word.ts';

/**
 * A list item's place: its list's kind and its level (0 the list's own). `literal`: the marker is typed into the
 * text (WPS, or Word without its mso-list:Ignore span) and comes off when the item is flushed; `marginPt`: the level
 * is still to be worked out from the paragraph's margin-left among its neighbours (WPS).
 */
type ListKind = { type: 'list-item'; list: ListType; level: number; literal?: boolean; marginPt?: number };

/** The kind of text block that text at some point of the HTML belongs to. */
type Kind = { type: 'paragraph' } | { type: 'heading'; level: HeadingLevel } | { type: 'block-quote' } | ListKind;

/** Never text: scripts, styles, Office XML islands, media, form controls. Other namespaced tags (Word's
 * st1: smart tags around dates and places) are walked like spans. */
const DROPPED = new Set([
  'head', 'style', 'script', 'noscript', 'template', 'meta', 'link', 'title', 'xml', 'o:p', 'img', 'picture', 'svg',
  'math', 'canvas', 'video', 'audio', 'iframe', 'object', 'embed', 'input', 'select', 'textarea', 'button',
  'v:shape', 'v:imagedata', 'w:sdt',
]);
/** Elements that start and end a block; their text is never run together with the text around them. */
const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'header', 'footer', 'main', 'aside', 'nav', 'figure', 'figcaption', 'pre',
  'address', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption', 'center', 'hr', 'br',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote',
]);

export interface Walk {
  blocks: RichBlock[];
  leaves: TextLeaf[];
  kind: Kind;
  /** The clipboard came from Word or WPS: only there does a margin and a typed "1." make a list item. */
  office: boolean;
  /** Inside a table cell: a table there is walked as plain blocks (the model has no table in a table). */
  inCell: boolean;
  /** WPS items whose level comes from their margin, resolved once the whole run of them is known. */
  margins: Map<ListItem, number>;
}

/**
 * Clipboard HTML (Word, WPS, web pages, Google Docs) kept to our node types: headings, paragraphs, lists (with
 * their levels) and quotes with bold/italic/underline, and tables; styles, scripts, images, comments and Office
 * markup go, and so do the bullets and numbers Word and WPS type into list items. Always returns a valid RichText,
 * empty when the HTML holds no text.
 */
export function deserializeHtml(html: string): RichText {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const walk = newWalk(isOfficeHtml(doc), false);
  visitChildren(doc.body, walk, NO_MARKS);
  flush(walk);
  const blocks = mergeLists(walk.blocks);
  levelsFromMargins(blocks, walk.margins);
  const parsed = RichTextSchema.safeParse(blocks);
  // Unreachable by construction; if it ever is, the user still gets their text.
  return parsed.success ? parsed.data : plainTextToRichText(doc.body.textContent ?? '');
}

export function newWalk(office: boolean, inCell: boolean): Walk {
  return { blocks: [], leaves: [], kind: { type: 'paragraph' }, office, inCell, margins: new Map() };
}

/** Word and WPS say who they are in the markup: the Office namespace, ProgId, or their Mso classes. */
function isOfficeHtml(doc: Document): boolean {
  const root = doc.documentElement;
  if (root.getAttribute('xmlns:o')?.includes('office')) return true;
  if (doc.querySelector('meta[name=ProgId][content^="Word"], meta[name=Generator][content*="WPS"], meta[name=Generator][content*="Word"]')) return true;
  return doc.querySelector('[class^="Mso"], [class*=" Mso"]') !== null;
}

export function visitChildren(parent: Node, walk: Walk, marks: Marks): void {
  for (const child of Array.from(parent.childNodes)) visit(child, walk, marks);
}

function visit(node: Node, walk: Walk, marks: Marks): void {
  if (node.nodeType === Node.TEXT_NODE) {
    // Zero-width characters are editor caret anchors (Slate, ProseMirror), never content.
    walk.leaves.push(leaf((node.textContent ?? '').replace(/[\u200b\ufeff]/g, ''), marks));
    return;
  }
  if (!(node instanceof Element) || isHidden(node)) return;
  const tag = node.localName.toLowerCase();
  if (DROPPED.has(tag) || /^(v|w|m):/.test(tag)) return;
  // A list item's bullet or number is the list's business; a numbered heading keeps its number as text.
  if (isWordListMarker(node) && walk.kind.type === 'list-item') return;
  const inner = marksOf(node, marks);
  if (tag === 'table' && !walk.inCell) {
    flush(walk);
    const table = tableFromHtml(node, walk.office, inner);
    if (table) walk.blocks.push(table);
    return;
  }
  if (!BLOCKS.has(tag)) {
    visitChildren(node, walk, inner);
    return;
  }
  flush(walk);
  const outer = walk.kind;
  walk.kind = kindOf(node, tag, outer, walk.office);
  visitChildren(node, walk, inner);
  flush(walk);
  walk.kind = outer;
}

/** The block kind inside `element`. Inside a list or a quote, nested paragraphs and headings keep that kind. */
function kindOf(element: Element, tag: string, outer: Kind, office: boolean): Kind {
  if (outer.type === 'list-item') {
    // A list inside a list item is the next level of the same list (the model gives a list one kind).
    if (tag === 'ul' || tag === 'ol') return { ...outer, level: outer.level + 1 };
    // Google Docs says an item's level outright.
    const ariaLevel = Number(element.getAttribute('aria-level'));
    if (tag === 'li' && Number.isInteger(ariaLevel) && ariaLevel >= 1) return { ...outer, level: Math.min(8, ariaLevel - 1) };
    return outer;
  }
  if (tag === 'ul' || tag === 'ol') return { type: 'list-item', list: tag === 'ol' ? 'numbered-list' : 'bulleted-list', level: 0 };
  if (tag === 'li') return { type: 'list-item', list: 'bulleted-list', level: 0 };
  const heading = /^h([1-6])$/.exec(tag);
  if (heading && outer.type !== 'block-quote') return { type: 'heading', level: Math.min(3, Number(heading[1])) as HeadingLevel };
  if (isWordListParagraph(element)) return wordListKind(element);
  if (office && (tag === 'p' || tag === 'div')) {
    const literal = literalListKind(element);
    if (literal) return literal;
  }
  if (outer.type === 'block-quote') return outer;
  if (tag === 'blockquote') return { type: 'block-quote' };
  if (element.classList.contains('MsoTitle')) return { type: 'heading', level: 1 };
  return outer;
}

/** A Word list paragraph: the level from mso-list, the kind from the marker in its mso-list:Ignore span, or typed. */
function wordListKind(element: Element): ListKind {
  const level = wordListLevel(element);
  const marker = Array.from(element.querySelectorAll('[style]')).find(isWordListMarker);
  if (marker) return { type: 'list-item', list: listTypeOfMarker(markerText(marker)), level };
  // WPS writes mso-list but leaves the number as plain text.
  const typed = leadingMarker(element.textContent ?? '');
  return { type: 'list-item', list: typed?.list ?? 'bulleted-list', level, ...(typed ? { literal: true } : {}) };
}

/** A WPS list paragraph: no mso-list, only a margin-left and a "1." or "（1）" typed at its start. */
function literalListKind(element: Element): ListKind | undefined {
  const margin = lengthPt(styleValue(element.getAttribute('style') ?? '', 'margin-left'));
  if (margin === undefined || margin <= 0) return undefined;
  const marker = leadingMarker(element.textContent ?? '');
  if (!marker) return undefined;
  return { type: 'list-item', list: marker.list, level: 0, literal: true, marginPt: margin };
}

/** Ends the current text block, if it holds any visible text. */
export function flush(walk: Walk): void {
  let children = collapseWhitespace(walk.leaves);
  walk.leaves = [];
  const kind = walk.kind;
  if (kind.type === 'list-item' && kind.literal) {
    const marker = leadingMarker(children.map((l) => l.text).join(''));
    if (marker) children = collapseWhitespace(dropLeading(children, marker.length));
    // Only the first block of the paragraph carries the marker.
    walk.kind = { ...kind, literal: false };
  }
  if (children.length === 0) return;
  if (kind.type === 'list-item') {
    const item: ListItem = { type: 'list-item', ...(kind.level > 0 ? { indent: kind.level } : {}), children };
    if (kind.marginPt !== undefined) walk.margins.set(item, kind.marginPt);
    walk.blocks.push({ type: kind.list, children: [item] });
  } else if (kind.type === 'heading') {
    walk.blocks.push({ type: 'heading', level: kind.level, children });
  } else {
    walk.blocks.push({ type: kind.type, children });
  }
}

function leaf(text: string, marks: Marks): TextLeaf {
  return { text, ...(marks.bold ? { bold: true } : {}), ...(marks.italic ? { italic: true } : {}), ...(marks.underline ? { underline: true } : {}) };
}

/**
 * Items flushed one by one become one list per run of adjacent items of the same kind; a nested item joins the
 * list before it whatever its own marker, since the model gives a list one kind for all its levels.
 */
function mergeLists(blocks: RichBlock[]): RichBlock[] {
  const out: RichBlock[] = [];
  for (const block of blocks) {
    const previous = out.at(-1);
    const isList = block.type === 'bulleted-list' || block.type === 'numbered-list';
    const previousIsList = previous?.type === 'bulleted-list' || previous?.type === 'numbered-list';
    const nested = isList && (block.children[0]?.indent ?? 0) > 0;
    if (isList && previousIsList && (previous.type === block.type || nested)) {
      previous.children.push(...block.children);
    } else {
      out.push(block);
    }
  }
  return out;
}

/**
 * WPS gives a list's levels only as margins: within each run of such items, the smallest margin is level 0, the
 * next larger level 1, and so on. The margins then group items of different kinds ("1." over "（1）") into one
 * list, as the printed document nests them.
 */
function levelsFromMargins(blocks: RichBlock[], margins: Map<ListItem, number>): void {
  if (margins.size === 0) return;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.type !== 'bulleted-list' && block.type !== 'numbered-list') continue;
    // Join the following lists of margin items into this one when they are deeper than its first item.
    while (true) {
      const next = blocks[i + 1];
      if (!next || (next.type !== 'bulleted-list' && next.type !== 'numbered-list')) break;
      const first = margins.get(block.children[0]!);
      const nextFirst = margins.get(next.children[0]!);
      if (first === undefined || nextFirst === undefined) break;
      if (nextFirst < first || (nextFirst === first && next.type !== block.type)) break;
      block.children.push(...next.children);
      blocks.splice(i + 1, 1);
    }
    const sorted = [...new Set(block.children.flatMap((item) => (margins.has(item) ? [margins.get(item)!] : [])))].sort((a, b) => a - b);
    for (const item of block.children) {
      const margin = margins.get(item);
      if (margin === undefined) continue;
      const level = sorted.indexOf(margin);
      if (level > 0) item.indent = Math.min(level, 8);
    }
  }
}
