import { Editor, Element, Transforms, type Node, type NodeEntry } from 'slate';
import type { RichElement } from './slateTypes.ts';
import { isFormattableBlock, isList, type HeadingLevel, type ListType } from './nodes.ts';

/** What a block command turns the selected blocks into. */
export type BlockFormat =
  | { type: 'paragraph' }
  | { type: 'heading'; level: HeadingLevel }
  | { type: 'block-quote' }
  | { type: ListType };

/** The last answer per editor: Slate replaces `children` and `selection` on change, so identity says it still holds. */
const lastSelected = new WeakMap<Editor, { children: Node[]; selection: Editor['selection']; entries: NodeEntry<RichElement>[] }>();

/**
 * The text blocks (paragraph, heading, list item, quote) touched by the selection, in order. Every block button's
 * pressed state asks after each keystroke; the walk is done once for all of them.
 */
function selectedTextBlocks(editor: Editor): NodeEntry<RichElement>[] {
  if (!editor.selection) return [];
  const last = lastSelected.get(editor);
  if (last && last.children === editor.children && last.selection === editor.selection) return last.entries;
  const entries = Array.from(
    Editor.nodes<RichElement>(editor, {
      at: Editor.unhangRange(editor, editor.selection),
      match: (n: Node) => isFormattableBlock(n),
    }),
  );
  lastSelected.set(editor, { children: editor.children, selection: editor.selection, entries });
  return entries;
}

/** True when every selected text block already has the format (so the command would toggle it off). */
export function isBlockActive(editor: Editor, format: BlockFormat): boolean {
  const entries = selectedTextBlocks(editor);
  if (entries.length === 0) return false;
  return entries.every(([node, path]) => {
    if (format.type === 'bulleted-list' || format.type === 'numbered-list') {
      const parent = Editor.parent(editor, path)[0];
      return node.type === 'list-item' && Element.isElement(parent) && parent.type === format.type;
    }
    if (format.type === 'heading') return node.type === 'heading' && node.level === format.level;
    return node.type === format.type;
  });
}

/**
 * Turns the selected blocks into `format`, or back into paragraphs when they already are. Lists are unwrapped
 * first (splitting a list around the selection), so a heading never ends up inside a list and a list item never
 * outside one.
 */
export function toggleBlock(editor: Editor, format: BlockFormat): void {
  const target: BlockFormat = isBlockActive(editor, format) ? { type: 'paragraph' } : format;
  setBlocks(editor, target);
}

export function setBlocks(editor: Editor, format: BlockFormat): void {
  if (!editor.selection) return;
  Editor.withoutNormalizing(editor, () => {
    Transforms.unwrapNodes(editor, { match: (n: Node) => isList(n), split: true });
    const textBlocks = { match: (n: Node) => isFormattableBlock(n) };
    const isListFormat = format.type === 'bulleted-list' || format.type === 'numbered-list';
    if (format.type === 'heading') {
      Transforms.unsetNodes(editor, 'indent', textBlocks);
      Transforms.setNodes(editor, { type: 'heading', level: format.level }, textBlocks);
      return;
    }
    Transforms.unsetNodes(editor, isListFormat ? 'level' : ['level', 'indent'], textBlocks);
    const type = format.type === 'paragraph' || format.type === 'block-quote' ? format.type : 'list-item';
    Transforms.setNodes(editor, { type }, textBlocks);
    if (!isListFormat) return;
    // Each item is wrapped on its own and normalisation joins neighbours into one list: one wrap over the whole
    // selection would pull a table in the middle of it into the list.
    const items = Array.from(Editor.nodes(editor, { match: (n: Node, p) => p.length === 1 && isFormattableBlock(n) }), ([, path]) => path);
    for (const path of items.reverse()) Transforms.wrapNodes(editor, { type: format.type, children: [] }, { at: path });
  });
}
