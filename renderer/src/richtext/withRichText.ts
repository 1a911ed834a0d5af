import { createEditor, type Editor } from 'slate';
import { withReact } from 'slate-react';
import { withBlockBehaviours } from './behaviours.ts';
import { withNormalize } from './normalize.ts';
import { richTextFromClipboard } from './paste/clipboard.ts';
import { insertPastedBlocks } from './pasteInsert.ts';

/**
 * A Slate editor that only ever holds our model. No slate-history: undo and redo belong to the whole briefing
 * (DocumentStore), so the editor neither records nor answers Ctrl+Z (see RichTextEditor).
 */
export function createRichTextEditor(): Editor {
  const editor = withBlockBehaviours(withNormalize(withReact(createEditor())));
  const { insertData } = editor;
  editor.insertData = (data) => {
    // Our own fragments (copy inside the app) keep their exact nodes; normalisation still applies.
    if (data.getData('application/x-slate-fragment')) {
      insertData(data);
      return;
    }
    insertPastedBlocks(editor, richTextFromClipboard(data));
  };
  return editor;
}
