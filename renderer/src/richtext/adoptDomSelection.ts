import { Range, Transforms } from 'slate';
import { ReactEditor } from 'slate-react';

/**
 * Makes Slate's selection the caret the browser shows, when Slate has not caught up yet.
 *
 * Slate learns of a click's caret from `selectionchange`, a queued event, and ignores it once a composition has
 * begun. An IME that starts composing straight after the click (a fast typist, a busy main thread) would otherwise
 * compose while Slate still holds no selection (or the previous one): Slate's next render then "restores" that
 * stale selection over the browser's caret, the composition restarts elsewhere, and the committed characters land
 * in the wrong place or replace earlier text. Called at compositionstart, before Slate's own handler.
 */
export function adoptDomSelection(editor: ReactEditor): void {
  const root = ReactEditor.findDocumentOrShadowRoot(editor);
  const dom = 'getSelection' in root ? root.getSelection() : null;
  if (!dom || dom.rangeCount === 0 || !ReactEditor.hasEditableTarget(editor, dom.anchorNode)) return;
  if (!ReactEditor.hasTarget(editor, dom.focusNode)) return;
  const range = ReactEditor.toSlateRange(editor, dom, { exactMatch: false, suppressThrow: true });
  if (range && !(editor.selection && Range.equals(range, editor.selection))) Transforms.select(editor, range);
}
