import { Editor } from 'slate';
import type { Mark } from './slateTypes.ts';

/** Whether the next typed character (collapsed caret) or the whole selection carries the mark. */
export function isMarkActive(editor: Editor, mark: Mark): boolean {
  return Editor.marks(editor)?.[mark] === true;
}

/**
 * With a collapsed caret this sets a pending mark (editor.marks) that the next insertText, or the next IME
 * composition, picks up; with a selection it splits the leaves. Either way marks are `true` or absent, never false.
 */
export function toggleMark(editor: Editor, mark: Mark): void {
  if (isMarkActive(editor, mark)) Editor.removeMark(editor, mark);
  else Editor.addMark(editor, mark, true);
}
