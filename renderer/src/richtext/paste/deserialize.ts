import { RichTextSchema, type RichBlock, type RichText, type TextLeaf } from '../../../../core/model/index.ts';
import type { HeadingLevel, ListType } from '../nodes.ts';
import { marksOf, NO_MARKS, type Marks } from './marks.ts';
import { plainTextToRichText } from './plain.ts';
import { collapseWhitespace } from './whitespace.ts';
import { isHidden, isWordListMarker, isWordListParagraph, listTypeOfMarker, markerText } from './word.ts';

/** The kind of text block that text at some point of the HTML belongs to. */
type Kind =
  | { type: 'paragraph' }
  | { type: 'heading'; level: HeadingLevel }
  | { type: 'block-quote' }
  | { type: 'list-item'; list: ListType };

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

interface Walk {
  blocks: RichBlock[];
  leaves: TextLeaf[];
  kind: Kind;
}

/**
 * Clipboard HTML (Word, WPS, web pages, Google Docs) kept to our node types: headings, paragraphs, lists and quotes
 * with bold/italic/underline survive; styles, scripts, images, comments and Office markup go; lists are flat (the
 * model has one level). Always returns a valid RichText, empty when the HTML holds no text.
 */
export function deserializeHtml(html: string): RichText {
  const body = new DOMParser().parseFromString(html, 'text/html').body;
  const walk: Walk = { blocks: [], leaves: [], kind: { type: 'paragraph' } };
  visitChildren(body, walk, NO_MARKS);
  flush(walk);
  const parsed = RichTextSchema.safeParse(mergeLists(walk.blocks));
  // Unreachable by construction; if it ever is, the user still gets their text.
  return parsed.success ? parsed.data : plainTextToRichText(body.textContent ?? '');
}

function visitChildren(parent: Node, walk: Walk, marks: Marks): void {
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
  if (!BLOCKS.has(tag)) {
    visitChildren(node, walk, inner);
    return;
  }
  flush(walk);
  const outer = walk.kind;
  walk.kind = kindOf(node, tag, outer);
  visitChildren(node, walk, inner);
  flush(walk);
  walk.kind = outer;
}

/** The block kind inside `element`. Inside a list or a quote, nested paragraphs and headings keep that kind. */
function kindOf(element: Element, tag: string, outer: Kind): Kind {
  // A nested list's items join the outer list: the model has one level.
  if (outer.type === 'list-item') return outer;
  if (tag === 'ul' || tag === 'ol') return { type: 'list-item', list: tag === 'ol' ? 'numbered-list' : 'bulleted-list' };
  if (tag === 'li') return { type: 'list-item', list: 'bulleted-list' };
  const heading = /^h([1-6])$/.exec(tag);
  if (heading && outer.type !== 'block-quote') return { type: 'heading', level: Math.min(3, Number(heading[1])) as HeadingLevel };
  if (isWordListParagraph(element)) return { type: 'list-item', list: wordListType(element) };
  if (outer.type === 'block-quote') return outer;
  if (tag === 'blockquote') return { type: 'block-quote' };
  if (element.classList.contains('MsoTitle')) return { type: 'heading', level: 1 };
  return outer;
}

function wordListType(element: Element): ListType {
  const marker = Array.from(element.querySelectorAll('[style]')).find(isWordListMarker);
  return marker ? listTypeOfMarker(markerText(marker)) : 'bulleted-list';
}

/** Ends the current text block, if it holds any visible text. */
function flush(walk: Walk): void {
  const children = collapseWhitespace(walk.leaves);
  walk.leaves = [];
  if (children.length === 0) return;
  const kind = walk.kind;
  if (kind.type === 'list-item') {
    walk.blocks.push({ type: kind.list, children: [{ type: 'list-item', children }] });
  } else if (kind.type === 'heading') {
    walk.blocks.push({ type: 'heading', level: kind.level, children });
  } else {
    walk.blocks.push({ type: kind.type, children });
  }
}

function leaf(text: string, marks: Marks): TextLeaf {
  return { text, ...(marks.bold ? { bold: true } : {}), ...(marks.italic ? { italic: true } : {}), ...(marks.underline ? { underline: true } : {}) };
}

/** Items flushed one by one become one list per run of adjacent items of the same kind. */
function mergeLists(blocks: RichBlock[]): RichBlock[] {
  const out: RichBlock[] = [];
  for (const block of blocks) {
    const previous = out.at(-1);
    if (previous && (block.type === 'bulleted-list' || block.type === 'numbered-list') && previous.type === block.type) {
      previous.children.push(...block.children);
    } else {
      out.push(block);
    }
  }
  return out;
}
