import { Editor, Element, Text, Transforms, type NodeEntry, type Path } from 'slate';
import { isList, isRichBlock, isTextBlock } from './nodes.ts';

const LEAF_KEYS = new Set(['text', 'bold', 'italic', 'underline']);

/**
 * Keeps the editor's tree inside our model whatever Slate, a paste or a browser quirk produced: top-level nodes are
 * blocks, lists hold list items, text blocks hold only text, headings have a level 1–3, adjacent lists of one kind
 * are one list, marks are `true` or absent. So `editor.children` is always a valid RichText.
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
  if (isTextBlock(node)) return fixTextBlock(editor, node, path);
  return false;
}

function fixLeaf(editor: Editor, leaf: Text, path: Path): boolean {
  const extra = Object.entries(leaf).filter(([key, value]) => !LEAF_KEYS.has(key) || value === false);
  if (extra.length === 0) return false;
  Transforms.unsetNodes(editor, extra.map(([key]) => key), { at: path });
  return true;
}

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
    // A list item or an unknown element at the top: keep its text as a paragraph.
    Transforms.setNodes(editor, { type: 'paragraph' }, { at });
    Transforms.unsetNodes(editor, Object.keys(child).filter((k) => k !== 'type' && k !== 'children'), { at });
    return true;
  }
  return false;
}

function fixList(editor: Editor, list: Element, path: Path): boolean {
  for (const [index, child] of list.children.entries()) {
    const at = [...path, index];
    if (Text.isText(child)) {
      Transforms.wrapNodes(editor, { type: 'list-item', children: [] }, { at });
      return true;
    }
    if (isList(child)) {
      // Nested lists are not in the model: their items join the outer list.
      Transforms.unwrapNodes(editor, { at });
      return true;
    }
    if (child.type !== 'list-item') {
      Transforms.setNodes(editor, { type: 'list-item' }, { at });
      Transforms.unsetNodes(editor, 'level', { at });
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
  return false;
}
