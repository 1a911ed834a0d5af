import { Editor, Element, Node, Path, Transforms } from 'slate';
import type { RichTable, TableRow } from '../../../core/model/index.ts';
import { isTable } from './nodes.ts';

const emptyRow = (columns: number): TableRow => ({
  type: 'table-row',
  children: Array.from({ length: columns }, () => ({ type: 'table-cell', children: [{ text: '' }] })),
});

/** True when the selection is inside a table: the toolbar's table button shows as pressed there. */
export function isInTable(editor: Editor): boolean {
  return Boolean(editor.selection && Editor.above(editor, { match: (n: Node) => isTable(n) }));
}

/**
 * Inserts a table of a header row and two body rows, three columns wide, after the block holding the caret (in
 * its place when that block is an empty paragraph), and puts the caret in its first cell. Inside a table it does
 * nothing: the model has no table in a table.
 */
export function insertTable(editor: Editor, columns = 3): void {
  if (!editor.selection || isInTable(editor)) return;
  const table: RichTable = { type: 'table', header: true, children: [emptyRow(columns), emptyRow(columns), emptyRow(columns)] };
  const top = editor.selection.anchor.path.slice(0, 1);
  const block = Node.get(editor, top);
  const replace = Element.isElement(block) && block.type === 'paragraph' && Node.string(block) === '';
  Editor.withoutNormalizing(editor, () => {
    const at = replace ? top : Path.next(top);
    if (replace) Transforms.removeNodes(editor, { at: top });
    Transforms.insertNodes(editor, table, { at });
    Transforms.select(editor, Editor.start(editor, [...at, 0, 0]));
  });
}
