import { Editor, Element, Node, Transforms } from 'slate';
import type { RichText, TextLeaf } from '../../../core/model/index.ts';
import { emptyParagraph, isTable } from './nodes.ts';

/** A fragment's text as the leaves of one block, its blocks (and a table's cells) one line each. */
function asOneBlock(blocks: RichText): TextLeaf[] {
  const lines = blocks.flatMap((block) => {
    if (block.type === 'table') return block.children.map((row) => row.children.flatMap((cell, i) => [...(i > 0 ? [{ text: '\t' }] : []), ...cell.children]));
    if (block.type === 'bulleted-list' || block.type === 'numbered-list') return block.children.map((item) => item.children);
    return [block.children];
  });
  return lines.flatMap((leaves, i) => [...(i > 0 ? [{ text: '\n' }] : []), ...leaves]);
}

/**
 * Inserts pasted blocks at the selection. Slate merges the first block into the caret's block, or replaces that
 * block when it is empty (so a pasted heading stays a heading in an empty field). Two cases need help:
 * - inside a table cell everything arrives as text in that cell (a line per block), never a grid in a grid;
 * - a table first or last in the paste would have its first or last cell merged into the caret's paragraph, so
 *   an empty paragraph stands in for it there, and the table goes in whole between the two halves.
 */
export function insertPastedBlocks(editor: Editor, blocks: RichText): void {
  if (blocks.length === 0) return;
  const cell = editor.selection && Editor.above(editor, { match: (n: Node) => Element.isElement(n) && n.type === 'table-cell' });
  if (cell) {
    Transforms.insertFragment(editor, [{ type: 'paragraph', children: asOneBlock(blocks) }]);
    return;
  }
  const caret = editor.selection && Editor.above(editor, { match: (n: Node) => Element.isElement(n) && Editor.isBlock(editor, n) });
  const caretEmpty = caret ? Node.string(caret[0]) === '' : false;
  const fragment: RichText = [...blocks];
  if (isTable(fragment[0]!) && !caretEmpty) fragment.unshift(emptyParagraph());
  if (isTable(fragment[fragment.length - 1]!)) fragment.push(emptyParagraph());
  Transforms.insertFragment(editor, fragment);
}
