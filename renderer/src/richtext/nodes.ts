import { Element, type Node } from 'slate';
import type { BulletedList, NumberedList, RichBlock, RichTable, RichText, TableCell, TableRow } from '../../../core/model/index.ts';
import type { RichElement } from './slateTypes.ts';

export type ListType = 'bulleted-list' | 'numbered-list';
/** The blocks whose children are text leaves (everything but lists and tables and their rows). */
export type TextBlockType = 'paragraph' | 'heading' | 'list-item' | 'block-quote' | 'table-cell';
export type HeadingLevel = 1 | 2 | 3;

const TEXT_BLOCKS: readonly string[] = ['paragraph', 'heading', 'list-item', 'block-quote', 'table-cell'];
const TOP_LEVEL: readonly string[] = ['paragraph', 'heading', 'bulleted-list', 'numbered-list', 'block-quote', 'table'];

export function isList(node: Node): node is BulletedList | NumberedList {
  return Element.isElement(node) && (node.type === 'bulleted-list' || node.type === 'numbered-list');
}

export function isTable(node: Node): node is RichTable {
  return Element.isElement(node) && node.type === 'table';
}

export function isTableRow(node: Node): node is TableRow {
  return Element.isElement(node) && node.type === 'table-row';
}

export function isTableCell(node: Node): node is TableCell {
  return Element.isElement(node) && node.type === 'table-cell';
}

export function isTextBlock(node: Node): node is Extract<RichElement, { type: TextBlockType }> {
  return Element.isElement(node) && TEXT_BLOCKS.includes(node.type);
}

/** A text block the block commands may reshape: a table cell stays a cell whatever the toolbar says. */
export function isFormattableBlock(node: Node): boolean {
  return isTextBlock(node) && node.type !== 'table-cell';
}

/** A node that may stand at the top of a rich text. */
export function isRichBlock(node: Node): node is RichBlock {
  return Element.isElement(node) && TOP_LEVEL.includes(node.type);
}

/** What an empty editor holds: Slate needs one block to put the caret in. */
export function emptyParagraph(): RichBlock {
  return { type: 'paragraph', children: [{ text: '' }] };
}

/** The editor's children as our model. Normalisation keeps them valid, so this is the same array, not a copy. */
export function asRichText(nodes: readonly Node[]): RichText {
  if (nodes.every(isRichBlock)) return nodes as RichText;
  // Only reachable mid-normalisation; dropping strays is safer than emitting an invalid document.
  return nodes.filter(isRichBlock);
}
