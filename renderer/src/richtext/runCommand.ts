import { Editor, Transforms } from 'slate';
import { ReactEditor } from 'slate-react';
import type { RichTextCommand } from './commands.ts';

/**
 * Runs a command from outside the text (the toolbar, the app menu) and puts the caret back in the field.
 *
 * A field the user never clicked has no selection, and Slate applies a mark only at a selection: Bold would do
 * nothing, and focusing afterwards would create the selection, which clears pending marks. So a caret is placed
 * first (at the end, where the user goes on writing), then the command runs, then the field takes focus at
 * that very caret, so no selection change undoes the pending mark.
 */
export function runFromOutside(editor: ReactEditor, command: RichTextCommand): void {
  if (!editor.selection) Transforms.select(editor, Editor.end(editor, []));
  command.run(editor);
  ReactEditor.focus(editor);
}
