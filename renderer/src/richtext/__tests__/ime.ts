import { act, fireEvent } from '@testing-library/react';

/**
 * Types through an IME the way Chromium does on Windows/Linux (Microsoft Pinyin, Sogou, fcitx): keydown 229, then
 * compositionstart; per candidate compositionupdate → beforeinput(insertCompositionText, not cancelable) → the
 * browser writes the text into the DOM text node at the caret itself → input; and finally compositionend with
 * the committed text. The DOM writes are what break editors: Slate must keep them out of its model until the end,
 * and must not leave a stray copy behind (in the zero-width node of an empty block or of a pending mark).
 */
export async function composeLikeChromium(box: HTMLElement, candidates: string[], commit: string, during?: () => void | Promise<void>) {
  const selection = document.getSelection();
  const node = selection?.anchorNode;
  if (!selection || !node || node.nodeType !== Node.TEXT_NODE) throw new Error('the caret is not in a text node');
  const text = node as Text;
  const start = selection.anchorOffset;
  let length = 0;
  fireEvent.keyDown(box, { key: 'Process', code: 'KeyZ', keyCode: 229 });
  fireEvent.compositionStart(box, { data: '' });
  for (const candidate of [...candidates, commit]) {
    fireEvent.compositionUpdate(box, { data: candidate });
    const init = { inputType: 'insertCompositionText', data: candidate, bubbles: true, isComposing: true };
    text.dispatchEvent(new InputEvent('beforeinput', { ...init, cancelable: false }));
    text.replaceData(start, length, candidate);
    length = candidate.length;
    selection.collapse(text, start + length);
    text.dispatchEvent(new InputEvent('input', init));
  }
  if (during) await act(async () => during());
  fireEvent.compositionEnd(box, { data: commit });
  await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
}
