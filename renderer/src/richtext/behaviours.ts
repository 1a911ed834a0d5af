import { Editor, Node, Path, Point, Range, Transforms } from 'slate';
import { setBlocks } from './blocks.ts';
import { isTextBlock } from './nodes.ts';
import type { RichElement } from './slateTypes.ts';

/** The text block holding a collapsed caret, or undefined when the selection is expanded or absent. */
function caretBlock(editor: Editor) {
  const { selection } = editor;
  if (!selection || !Range.isCollapsed(selection)) return undefined;
  const entry = Editor.above<RichElement>(editor, { match: (n: Node) => isTextBlock(n) });
  if (!entry) return undefined;
  const [block, path] = entry;
  return { block, path, atStart: Point.equals(selection.anchor, Editor.start(editor, path)), atEnd: Point.equals(selection.anchor, Editor.end(editor, path)) };
}

/** True when the selection (collapsed or not) lies in a table cell. */
function inTableCell(editor: Editor): boolean {
  return Boolean(editor.selection && Editor.above(editor, { match: (n: Node) => Node.isElement(n) && n.type === 'table-cell' }));
}

/**
 * How Enter and Backspace behave the way word processors taught people:
 * - Enter in an empty list item or empty quote leaves it (becomes a paragraph);
 * - Enter at the end of a heading continues with a paragraph, not another heading;
 * - Backspace at the start of a heading, quote or list item turns it into a paragraph before it merges anything;
 * - in a table cell, Enter is a line break inside the cell, and Backspace/Delete at the cell's edge do nothing
 *   (they would merge two cells and tear the grid).
 */
export function withBlockBehaviours(editor: Editor): Editor {
  const { insertBreak, insertSoftBreak, deleteBackward, deleteForward } = editor;

  editor.insertSoftBreak = () => {
    if (inTableCell(editor)) editor.insertText('\n');
    else insertSoftBreak();
  };

  editor.insertBreak = () => {
    if (inTableCell(editor)) {
      editor.insertText('\n');
      return;
    }
    const caret = caretBlock(editor);
    if (caret && Node.string(caret.block) === '' && (caret.block.type === 'list-item' || caret.block.type === 'block-quote')) {
      setBlocks(editor, { type: 'paragraph' });
      return;
    }
    if (caret && caret.block.type === 'heading' && caret.atEnd) {
      Transforms.insertNodes(editor, { type: 'paragraph', children: [{ text: '' }] }, { at: Path.next(caret.path), select: true });
      return;
    }
    insertBreak();
  };

  editor.deleteBackward = (unit) => {
    const caret = caretBlock(editor);
    if (caret?.block.type === 'table-cell' && caret.atStart) return;
    if (caret && caret.atStart && caret.block.type !== 'paragraph') {
      setBlocks(editor, { type: 'paragraph' });
      return;
    }
    deleteBackward(unit);
  };

  editor.deleteForward = (unit) => {
    const caret = caretBlock(editor);
    if (caret?.block.type === 'table-cell' && caret.atEnd) return;
    deleteForward(unit);
  };

  return editor;
}
