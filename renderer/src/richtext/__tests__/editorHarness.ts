import { Editor, Transforms, type BaseRange, type Path } from 'slate';
import type { RichText } from '../../../../core/model/index.ts';
import { createRichTextEditor } from '../withRichText.ts';

/** A headless editor holding `value`, the selection given as [path, offset] points. */
export function editorWith(value: RichText, anchor: [Path, number], focus: [Path, number] = anchor): Editor {
  const editor = createRichTextEditor();
  editor.children = structuredClone(value);
  Editor.normalize(editor, { force: true });
  const range: BaseRange = { anchor: { path: anchor[0], offset: anchor[1] }, focus: { path: focus[0], offset: focus[1] } };
  Transforms.select(editor, range);
  return editor;
}

export const p = (...texts: string[]) => ({ type: 'paragraph' as const, children: texts.map((text) => ({ text })) });
export const li = (text: string) => ({ type: 'list-item' as const, children: [{ text }] });
