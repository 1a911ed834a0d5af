import { theme } from 'antd';
import { useCallback, useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import type { NodeEntry } from 'slate';
import { Editable, ReactEditor, Slate } from 'slate-react';
import type { RichText } from '../../../core/model/index.ts';
import { forgetEditor, setActiveEditor } from './activeEditor.ts';
import { handleTab } from './tabKey.ts';
import { adoptDomSelection } from './adoptDomSelection.ts';
import { commandForKey } from './commands.ts';
import { renderElement, renderLeaf } from './render.tsx';
import { Toolbar } from './Toolbar.tsx';
import { useControlledValue } from './useControlledValue.ts';
import { underlineRanges, useUnderlines } from './underlines.ts';
import { createRichTextEditor } from './withRichText.ts';
import './slateTypes.ts';

export interface RichTextEditorProps {
  value: RichText;
  onChange(value: RichText): void;
  ariaLabel: string;
  placeholder?: string;
  minRows?: number;
  id?: string;
}

/**
 * A rich-text field bound to a RichText in the briefing. Controlled: Slate's `value` prop applies outside changes
 * (the briefing's undo/redo, a reload) as minimal operations, so the caret survives and nothing remounts, and it
 * waits for an IME composition to finish before applying. Changes the editor itself emitted are recognised and
 * not applied back (see useControlledValue for why that recognition must not outlive an outside change).
 *
 * Undo/redo: the editor has no history of its own. Ctrl/⌘+Z, Ctrl+Y and Ctrl/⌘+Shift+Z are left unhandled here, so
 * they bubble to the app's window-level shortcut, which undoes across the whole briefing.
 */
export function RichTextEditor({ value, onChange, ariaLabel, placeholder, minRows = 3, id }: RichTextEditorProps) {
  const [editor] = useState(createRichTextEditor);
  const { token } = theme.useToken();
  const [focused, setFocused] = useState(false);
  const controlled = useControlledValue(editor, value, onChange);

  useEffect(() => () => forgetEditor(editor), [editor]);
  const underlines = useUnderlines(id);
  const decorate = useCallback((entry: NodeEntry) => underlineRanges(underlines, entry), [underlines]);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      // Keys that confirm or pick an IME candidate belong to the IME.
      if (event.nativeEvent.isComposing || ReactEditor.isComposing(editor)) return;
      if (isHistoryKey(event)) return true;
      if (handleTab(editor, event)) {
        event.preventDefault();
        return;
      }
      const command = commandForKey(event);
      if (!command) return;
      event.preventDefault();
      command.run(editor);
    },
    [editor],
  );

  const style = useMemo(
    () => ({
      minHeight: `calc(${minRows} * 1.6em + 8px)`,
      lineHeight: 1.6,
      padding: '4px 11px',
      color: token.colorText,
      background: token.colorBgContainer,
      border: `1px solid ${focused ? token.colorPrimary : token.colorBorder}`,
      borderRadius: token.borderRadius,
      outline: focused ? `2px solid ${token.colorPrimaryBorder}` : 'none',
      outlineOffset: 0,
    }),
    [minRows, focused, token],
  );

  return (
    <div className="rich-text-editor" data-testid="rich-text-editor" style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
      <Slate editor={editor} value={controlled.value} onValueChange={controlled.onValueChange}>
        <Toolbar fieldLabel={ariaLabel} />
        <Editable
          id={id}
          data-testid="rich-text-editable"
          aria-label={ariaLabel}
          placeholder={placeholder}
          renderElement={renderElement}
          renderLeaf={renderLeaf}
          decorate={decorate}
          onKeyDown={onKeyDown}
          onCompositionStart={() => adoptDomSelection(editor)}
          onFocus={() => {
            setFocused(true);
            setActiveEditor(editor);
          }}
          onBlur={() => setFocused(false)}
          spellCheck
          style={style}
        />
      </Slate>
    </div>
  );
}

/**
 * Undo/redo keys. Returning true tells Slate the event is handled, so it does not call preventDefault or its own
 * (absent) history; the key event still bubbles to the app. A native contenteditable undo, if the browser tried one,
 * arrives as a `historyUndo` beforeinput, which Slate cancels.
 */
function isHistoryKey(event: KeyboardEvent): boolean {
  const mod = event.ctrlKey || event.metaKey;
  if (!mod || event.altKey) return false;
  const key = event.key.toLowerCase();
  return key === 'z' || (key === 'y' && !event.shiftKey) || event.code === 'KeyZ' || event.code === 'KeyY';
}
