import './chromiumDom.ts';
import { act, cleanup, render } from '@testing-library/react';
import { afterEach } from 'vitest';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { i18n } from 'i18next';
import type { RichText } from '../../../../core/model/index.ts';
import { RichTextSchema } from '../../../../core/model/index.ts';
import { initI18n } from '../../i18n/index.ts';
import { RichTextEditor } from '../RichTextEditor.tsx';

let i18nInstance: i18n | undefined;

// vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

/** A parent that owns the value, like a section editor bound to the DocumentStore. */
export interface Owner {
  /** Every value the editor emitted, in order. */
  emitted: RichText[];
  /** Replaces the value from outside, as the app's undo or a reload does. */
  setValue(value: RichText): void;
  current(): RichText;
}

export async function renderEditor(initial: RichText, options: { placeholder?: string; language?: 'en' | 'zh-CN' } = {}) {
  i18nInstance = await initI18n(options.language ?? 'en');
  const owner: Owner = { emitted: [], setValue: () => undefined, current: () => initial };
  function Parent() {
    const [value, setValue] = useState(initial);
    owner.setValue = setValue;
    owner.current = () => value;
    return (
      <RichTextEditor
        value={value}
        ariaLabel="Description"
        placeholder={options.placeholder}
        id="desc"
        onChange={(next) => {
          // Every emission must be a valid model value: parse throws otherwise.
          owner.emitted.push(RichTextSchema.parse(next));
          setValue(next);
        }}
      />
    );
  }
  const utils = render(
    <I18nextProvider i18n={i18nInstance}>
      <Parent />
    </I18nextProvider>,
  );
  return { ...utils, owner };
}

/**
 * Puts the caret (or a selection) in the editor the way a click does: the DOM selection moves, the browser fires
 * selectionchange, Slate reads it back (debounced, then throttled to 100 ms).
 * Offsets count characters in the n-th rendered text leaf.
 */
export async function placeCaret(box: HTMLElement, leaf: number, offset: number, focus?: { leaf: number; offset: number }) {
  const textOf = (index: number) => {
    const node = box.querySelectorAll('[data-slate-string], [data-slate-zero-width]')[index]?.firstChild;
    if (!node) throw new Error(`no text leaf ${index}`);
    return node;
  };
  box.focus();
  const selection = document.getSelection();
  if (!selection) throw new Error('no selection');
  selection.setBaseAndExtent(textOf(leaf), offset, textOf(focus?.leaf ?? leaf), focus?.offset ?? offset);
  document.dispatchEvent(new Event('selectionchange'));
  await settle(150);
}

/** Lets timers, effects and Slate's deferred work run. */
export async function settle(ms = 0) {
  await act(() => new Promise((resolve) => setTimeout(resolve, ms)));
}
