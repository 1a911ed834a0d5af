import type { TextRange } from '../../../../core/check/index.ts';

/** The Slate element at `path` inside an editable, found through the DOM Slate renders (data-slate-node). */
function blockElement(editable: HTMLElement, path: readonly number[]): HTMLElement | undefined {
  let parent: HTMLElement = editable;
  for (const index of path) {
    const children = [...parent.querySelectorAll<HTMLElement>('[data-slate-node="element"]')].filter(
      (el) => el.parentElement?.closest('[data-slate-node]') === parent,
    );
    const child = children[index];
    if (!child) return undefined;
    parent = child;
  }
  return parent;
}

/** The DOM position `offset` code units into an element's Slate text (its leaves' strings, in order). */
function domPoint(block: HTMLElement, offset: number): { node: Node; offset: number } | undefined {
  const strings = [...block.querySelectorAll('[data-slate-string]')];
  let left = offset;
  for (const string of strings) {
    const text = string.firstChild;
    if (!text) continue;
    const length = text.textContent?.length ?? 0;
    if (left <= length) return { node: text, offset: left };
    left -= length;
  }
  return undefined;
}

function select(element: HTMLElement, blockPath: readonly number[] | undefined, range: TextRange): void {
  if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) {
    element.setSelectionRange(range.start, range.end);
    return;
  }
  const block = blockPath ? blockElement(element, blockPath) : undefined;
  const start = block && domPoint(block, range.start);
  const end = block && domPoint(block, range.end);
  if (!start || !end) return;
  const selection = window.getSelection();
  const dom = document.createRange();
  dom.setStart(start.node, start.offset);
  dom.setEnd(end.node, end.offset);
  selection?.removeAllRanges();
  selection?.addRange(dom);
}

/**
 * Puts the cursor in the finding's field once its pane has rendered, and selects the text it is about: in an
 * input by its selection range, in a rich text by a DOM selection, which the editor adopts as its own.
 */
export function focusFinding(fieldId: string, blockPath: readonly number[] | undefined, range: TextRange | undefined, frames = 30): void {
  requestAnimationFrame(() => {
    const element = document.getElementById(fieldId);
    if (!element) {
      if (frames > 0) focusFinding(fieldId, blockPath, range, frames - 1);
      return;
    }
    element.scrollIntoView({ block: 'center' });
    element.focus();
    // A rich-text editor puts its own caret on focus; the selection goes in after that.
    if (range) requestAnimationFrame(() => select(element, blockPath, range));
  });
}
