import { Editor, Element, Path, Transforms, type Node } from 'slate';
import type { RichTable, TableCell, TableRow } from '../../../core/model/index.ts';

/** The cell holding the selection's focus, with its path: [...tablePath, row, column]. */
function focusCell(editor: Editor): Path | undefined {
  if (!editor.selection) return undefined;
  const entry = Editor.above<TableCell>(editor, { at: editor.selection.focus, match: (n: Node) => Element.isElement(n) && n.type === 'table-cell' });
  return entry?.[1];
}

/**
 * Tab in a table cell: to the end of the next cell, row by row; from the last cell Word adds a row, and so do we.
 * Shift+Tab: to the previous cell. Returns false when the key does not belong to the table (outside one, or
 * Shift+Tab in the first cell), so focus moves on as usual there.
 */
export function moveBetweenCells(editor: Editor, backwards: boolean): boolean {
  const cell = focusCell(editor);
  if (!cell) return false;
  const tablePath = cell.slice(0, -2);
  const table = Editor.node(editor, tablePath)[0] as RichTable;
  const [row, column] = cell.slice(-2) as [number, number];
  const width = (table.children[row] as TableRow).children.length;
  let target: Path | undefined;
  if (backwards) {
    if (column > 0) target = [...tablePath, row, column - 1];
    else if (row > 0) target = [...tablePath, row - 1, (table.children[row - 1] as TableRow).children.length - 1];
    else return false;
  } else if (column + 1 < width) {
    target = [...tablePath, row, column + 1];
  } else if (row + 1 < table.children.length) {
    target = [...tablePath, row + 1, 0];
  } else {
    const next: TableRow = { type: 'table-row', children: Array.from({ length: width }, () => ({ type: 'table-cell', children: [{ text: '' }] })) };
    Transforms.insertNodes(editor, next, { at: Path.next(cell.slice(0, -1)) });
    target = [...tablePath, row + 1, 0];
  }
  Transforms.select(editor, Editor.end(editor, target));
  return true;
}
