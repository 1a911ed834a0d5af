import { createEditor, type Editor } from 'slate';
import { RichTextSchema, type RichText } from '../../../core/model/index.ts';
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
    // Our own fragments (copy inside the app) keep their exact nodes; normalisation still applies. One holding a
    // table goes in the way a pasted table does, so it is never torn into the caret's paragraph.
    const fragment = data.getData('application/x-slate-fragment');
    if (fragment) {
      const blocks = decodeFragment(fragment);
      if (blocks?.some((block) => block.type === 'table')) insertPastedBlocks(editor, blocks);
      else insertData(data);
      return;
    }
    insertPastedBlocks(editor, richTextFromClipboard(data));
  };
  return editor;
}

/** Slate's clipboard fragment (base64 of the URI-encoded node JSON) as our model, or undefined when it is not one. */
function decodeFragment(fragment: string): RichText | undefined {
  try {
    const parsed = RichTextSchema.safeParse(JSON.parse(decodeURIComponent(atob(fragment))));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
