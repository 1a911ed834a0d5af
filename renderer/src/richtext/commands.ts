import type { Editor } from 'slate';
import { isBlockActive, toggleBlock, setBlocks, type BlockFormat } from './blocks.ts';
import { insertTable, isInTable } from './insertTable.ts';
import { isMarkActive, toggleMark } from './marks.ts';
import { matchesShortcut, parseShortcut, type KeyLike, type Shortcut } from './shortcut.ts';
import type { Mark } from './slateTypes.ts';

/**
 * Every rich-text command, defined once: the toolbar draws a button per entry, the key handler matches the
 * shortcuts, and a menu can list the same objects. Nothing else knows what Mod+B does.
 */
export interface RichTextCommand {
  id: string;
  /** Key of the label in the `richtext` i18n namespace. */
  labelKey: string;
  shortcut: Shortcut;
  /** Marks are toggled on text; blocks reshape whole paragraphs. The toolbar groups by this. */
  kind: 'mark' | 'block';
  isActive(editor: Editor): boolean;
  run(editor: Editor): void;
}

function markCommand(mark: Mark, shortcut: string): RichTextCommand {
  return {
    id: mark,
    labelKey: mark,
    shortcut: parseShortcut(shortcut),
    kind: 'mark',
    isActive: (editor) => isMarkActive(editor, mark),
    run: (editor) => toggleMark(editor, mark),
  };
}

function blockCommand(id: string, format: BlockFormat, shortcut: string, toggles = true): RichTextCommand {
  return {
    id,
    labelKey: id,
    shortcut: parseShortcut(shortcut),
    kind: 'block',
    isActive: (editor) => isBlockActive(editor, format),
    run: (editor) => (toggles ? toggleBlock(editor, format) : setBlocks(editor, format)),
  };
}

export const RICH_TEXT_COMMANDS: readonly RichTextCommand[] = [
  markCommand('bold', 'Mod+B'),
  markCommand('italic', 'Mod+I'),
  markCommand('underline', 'Mod+U'),
  blockCommand('paragraph', { type: 'paragraph' }, 'Mod+Alt+0', false),
  blockCommand('heading1', { type: 'heading', level: 1 }, 'Mod+Alt+1'),
  blockCommand('heading2', { type: 'heading', level: 2 }, 'Mod+Alt+2'),
  blockCommand('heading3', { type: 'heading', level: 3 }, 'Mod+Alt+3'),
  blockCommand('bulletedList', { type: 'bulleted-list' }, 'Mod+Shift+8'),
  blockCommand('numberedList', { type: 'numbered-list' }, 'Mod+Shift+7'),
  blockCommand('blockQuote', { type: 'block-quote' }, 'Mod+Shift+9'),
  {
    id: 'insertTable',
    labelKey: 'insertTable',
    shortcut: parseShortcut('Mod+Alt+T'),
    kind: 'block',
    isActive: isInTable,
    run: (editor) => insertTable(editor),
  },
];

export function commandById(id: string): RichTextCommand | undefined {
  return RICH_TEXT_COMMANDS.find((command) => command.id === id);
}

export function commandForKey(event: KeyLike, mac?: boolean): RichTextCommand | undefined {
  return RICH_TEXT_COMMANDS.find((command) => matchesShortcut(command.shortcut, event, mac));
}
