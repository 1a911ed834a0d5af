import { Editor, Element, Transforms, type Node, type NodeEntry } from 'slate';
import { MAX_LIST_INDENT, type ListItem } from '../../../core/model/index.ts';
import { isList } from './nodes.ts';

/** The list items the selection touches, in order, or none when it is outside every list. */
function selectedItems(editor: Editor): NodeEntry<ListItem>[] {
  if (!editor.selection) return [];
  return Array.from(Editor.nodes<ListItem>(editor, { match: (n: Node) => Element.isElement(n) && n.type === 'list-item' }));
}

/**
 * Tab in a list: each selected item one level deeper, as in Word. An item never goes more than one level below the
 * item before it (the first item of a list stays put), so the outline stays well formed. Returns whether the
 * selection is in a list at all: there Tab belongs to the list, even when no item can move, instead of moving focus.
 */
export function indentListItems(editor: Editor): boolean {
  const items = selectedItems(editor);
  if (items.length === 0) return false;
  Editor.withoutNormalizing(editor, () => {
    for (const [item, path] of items) {
      const index = path[path.length - 1]!;
      if (index === 0) continue;
      const list = Editor.parent(editor, path)[0];
      if (!isList(list)) continue;
      // Read the previous item from the editor, not the list entry: it may just have moved itself.
      const previous = Editor.node(editor, [...path.slice(0, -1), index - 1])[0] as ListItem;
      const indent = Math.min((item.indent ?? 0) + 1, (previous.indent ?? 0) + 1, MAX_LIST_INDENT);
      if (indent !== (item.indent ?? 0)) Transforms.setNodes(editor, { indent }, { at: path });
    }
  });
  return true;
}

/**
 * Shift+Tab in a list: each selected item one level up. Returns false when nothing could move (every item is at the
 * list's own level), so the key keeps its usual meaning there and a keyboard user can always Shift+Tab out.
 */
export function outdentListItems(editor: Editor): boolean {
  const items = selectedItems(editor).filter(([item]) => (item.indent ?? 0) > 0);
  if (items.length === 0) return false;
  Editor.withoutNormalizing(editor, () => {
    for (const [item, path] of items) {
      const indent = (item.indent ?? 0) - 1;
      if (indent === 0) Transforms.unsetNodes(editor, 'indent', { at: path });
      else Transforms.setNodes(editor, { indent }, { at: path });
    }
  });
  return true;
}
