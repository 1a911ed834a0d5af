/** The rich-text editor's public surface: the field component, its commands (for menus), and paste conversion. */
export { RichTextEditor, type RichTextEditorProps } from './RichTextEditor.tsx';
export { RICH_TEXT_COMMANDS, commandById, commandForKey, type RichTextCommand } from './commands.ts';
export { runInActiveEditor, isActiveInEditor } from './activeEditor.ts';
export { shortcutLabel, matchesShortcut, type Shortcut } from './shortcut.ts';
export { deserializeHtml } from './paste/deserialize.ts';
export { plainTextToRichText } from './paste/plain.ts';
export { richTextFromClipboard } from './paste/clipboard.ts';
