import { Editor, Element, Text, Transforms, type NodeEntry, type Path } from 'slate';
import { MAX_LIST_INDENT } from '../../../core/model/index.ts';
import { isList, isRichBlock, isTable, isTableCell, isTableRow, isTextBlock } from './nodes.ts';

const LEAF_KEYS = new Set(['text', 'bold', 'italic', 'underline']);

/**
 * Keeps the editor's tree inside our model whatever Slate, a paste or a browser quirk produced: top-level nodes are
 * blocks, lists hold list items (each at most one level deeper than the one before), tables hold rows of cells
 * (every row as long as the longest), text blocks hold only text, headings have a level 1–3, adjacent lists of one
 * kind are one list, marks are `true` or absent. So `editor.children` is always a valid RichText.
 */
export function withNormalize(editor: Editor): Editor {
  const { normalizeNode } = editor;
  editor.normalizeNode = (entry, options) => {
    if (fixNode(editor, entry)) return;
    normalizeNode(entry, options);
  };
  return editor;
}

/** Makes one fix and returns true (Slate calls again until nothing changes), or returns false. */
function fixNode(editor: Editor, [node, path]: NodeEntry): boolean {
  if (Text.isText(node)) return fixLeaf(editor, node, path);
  if (Editor.isEditor(node)) return fixTopLevel(editor, node);
  if (!Element.isElement(node)) return false;
  if (isList(node)) return fixList(editor, node, path);
  if (isTable(node)) return fixTable(editor, node, path);
  if (isTableRow(node)) return fixRow(editor, node, path);
  if (isTextBlock(node)) return fixTextBlock(editor, node, path);
  return false;
}

function fixLeaf(editor: Editor, leaf: Text, path: Path): boolean {
  const extra = Object.entries(leaf).filter(([key, value]) => !LEAF_KEYS.has(key) || value === false);
  if (extra.length === 0) return false;
  Transforms.unsetNodes(editor, extra.map(([key]) => key), { at: path });
  return true;
}

/** Every key but type and children: what turning a node into another type must drop. */
const ownKeys = (node: Element) => Object.keys(node).filter((k) => k !== 'type' && k !== 'children');

function fixTopLevel(editor: Editor, root: Editor): boolean {
  for (const [index, child] of root.children.entries()) {
    const at = [index];
    if (Text.isText(child)) {
      Transforms.wrapNodes(editor, { type: 'paragraph', children: [] }, { at });
      return true;
    }
    if (isRichBlock(child)) {
      const next = root.children[index + 1];
      if (isList(child) && next && isList(next) && next.type === child.type) {
        Transforms.mergeNodes(editor, { at: [index + 1] });
        return true;
      }
      continue;
    }
    // A list item, a row, a cell or an unknown element at the top: keep its text as a paragraph.
    Transforms.setNodes(editor, { type: 'paragraph' }, { at });
    Transforms.unsetNodes(editor, ownKeys(child), { at });
    return true;
  }
  // A table last in the field gets a paragraph after it, or the caret could never get below the table.
  if (root.children.length > 0 && isTable(root.children[root.children.length - 1]!)) {
    Transforms.insertNodes(editor, { type: 'paragraph', children: [{ text: '' }] }, { at: [root.children.length] });
    return true;
  }
  return false;
}

function fixList(editor: Editor, list: Element, path: Path): boolean {
  let previous: number | undefined;
  for (const [index, child] of list.children.entries()) {
    const at = [...path, index];
    if (Text.isText(child)) {
      Transforms.wrapNodes(editor, { type: 'list-item', children: [] }, { at });
      return true;
    }
    if (isList(child) || isTable(child) || isTableRow(child)) {
      // A list or table inside a list: its items (or rows, then cells) join the outer list.
      Transforms.unwrapNodes(editor, { at });
      return true;
    }
    if (child.type !== 'list-item') {
      Transforms.setNodes(editor, { type: 'list-item' }, { at });
      Transforms.unsetNodes(editor, ownKeys(child), { at });
      return true;
    }
    // One level at a time: an item never sits more than one level below the item before it (the first at 0).
    const indent = child.indent ?? 0;
    const allowed = Math.min(MAX_LIST_INDENT, previous === undefined ? 0 : previous + 1);
    const wanted = Number.isInteger(indent) ? Math.max(0, Math.min(indent, allowed)) : 0;
    if (wanted !== indent || child.indent === 0) {
      if (wanted === 0) Transforms.unsetNodes(editor, 'indent', { at });
      else Transforms.setNodes(editor, { indent: wanted }, { at });
      return true;
    }
    previous = wanted;
  }
  return false;
}

function fixTable(editor: Editor, table: Element, path: Path): boolean {
  for (const [index, child] of table.children.entries()) {
    const at = [...path, index];
    if (Text.isText(child) || isTableCell(child)) {
      Transforms.wrapNodes(editor, { type: 'table-row', children: [] }, { at });
      return true;
    }
    if (!isTableRow(child)) {
      // A paragraph or list dropped into a table: a row of its own (its text then becomes a cell).
      Transforms.setNodes(editor, { type: 'table-row' }, { at });
      Transforms.unsetNodes(editor, ownKeys(child), { at });
      return true;
    }
  }
  if ('header' in table && table.header !== true) {
    Transforms.unsetNodes(editor, 'header', { at: path });
    return true;
  }
  // Rows as long as the longest, so every column has a cell to type into and Tab walks a grid.
  const columns = Math.max(...table.children.map((row) => (Element.isElement(row) ? row.children.length : 1)));
  for (const [index, row] of table.children.entries()) {
    if (!Element.isElement(row) || row.children.length >= columns) continue;
    const missing = Array.from({ length: columns - row.children.length }, () => ({ type: 'table-cell' as const, children: [{ text: '' }] }));
    Transforms.insertNodes(editor, missing, { at: [...path, index, row.children.length] });
    return true;
  }
  return false;
}

function fixRow(editor: Editor, row: Element, path: Path): boolean {
  for (const [index, child] of row.children.entries()) {
    const at = [...path, index];
    if (Text.isText(child)) {
      Transforms.wrapNodes(editor, { type: 'table-cell', children: [] }, { at });
      return true;
    }
    if (!isTableCell(child)) {
      // A row, a table or a list inside a row keeps its text: its children become this row's cells.
      if (child.children.some((c) => Element.isElement(c))) Transforms.unwrapNodes(editor, { at });
      else {
        Transforms.setNodes(editor, { type: 'table-cell' }, { at });
        Transforms.unsetNodes(editor, ownKeys(child), { at });
      }
      return true;
    }
  }
  return false;
}

function fixTextBlock(editor: Editor, block: Element, path: Path): boolean {
  for (const [index, child] of block.children.entries()) {
    if (Element.isElement(child)) {
      Transforms.unwrapNodes(editor, { at: [...path, index] });
      return true;
    }
  }
  if (block.type === 'heading' && ![1, 2, 3].includes(block.level)) {
    Transforms.setNodes(editor, { level: Math.min(3, Math.max(1, Math.round(Number(block.level) || 1))) as 1 | 2 | 3 }, { at: path });
    return true;
  }
  if (block.type !== 'heading' && 'level' in block) {
    Transforms.unsetNodes(editor, 'level', { at: path });
    return true;
  }
  if (block.type !== 'list-item' && 'indent' in block) {
    Transforms.unsetNodes(editor, 'indent', { at: path });
    return true;
  }
  // A cell or list item outside its container is fixed from above (fixTopLevel, fixList, fixRow).
  return false;
}
