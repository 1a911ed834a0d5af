import { useCallback, useRef } from 'react';
import type { Descendant, Editor } from 'slate';
import type { RichText } from '../../../core/model/index.ts';
import { asRichText, emptyParagraph } from './nodes.ts';

/**
 * The value to hand Slate's controlled `value` prop, and the change handler that records what the editor emitted.
 *
 * Slate skips a `value` that is identical to the last one it emitted, and it remembers that one until the editor
 * emits again, across any outside values applied in between. Undo (back to an older value) followed by redo (back
 * to the very array the editor emitted) would therefore be skipped: the model and the preview would show the
 * redone text, the editor not, and the next keystroke would emit the stale editor content over it. So anything that
 * did not just come from this editor reaches Slate as a fresh array (same nodes), which Slate always diffs in.
 *
 * A pending mark (Ctrl+B with a collapsed caret) belongs to the text it was set on: an outside value drops it.
 */
export function useControlledValue(editor: Editor, value: RichText, onChange: (value: RichText) => void) {
  const emitted = useRef<RichText | undefined>(undefined);
  const seen = useRef<RichText | undefined>(undefined);
  const forSlate = useRef<Descendant[]>([]);
  if (value !== seen.current) {
    const first = seen.current === undefined;
    seen.current = value;
    if (value === emitted.current) {
      forSlate.current = value;
    } else {
      emitted.current = undefined;
      if (!first) editor.marks = null;
      // An empty rich text still needs a block to hold the caret; a fresh one, so no two editors share a node.
      forSlate.current = value.length > 0 ? [...value] : [emptyParagraph()];
    }
  }

  const onValueChange = useCallback(
    (nodes: Descendant[]) => {
      const next = asRichText(nodes);
      emitted.current = next;
      onChange(next);
    },
    [onChange],
  );

  return { value: forSlate.current, onValueChange };
}
