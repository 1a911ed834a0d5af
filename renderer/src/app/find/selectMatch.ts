import type { MatchTarget } from './findTarget.ts';

/** The Slate element at `path` inside an editable, through the DOM Slate renders (data-slate-node). */
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

/** The DOM position `offset` code units into a block's text (its leaves' strings in order). */
function domPoint(block: HTMLElement, offset: number): { node: Node; offset: number } | undefined {
  let left = offset;
  for (const string of block.querySelectorAll('[data-slate-string]')) {
    const text = string.firstChild;
    if (!text) continue;
    const length = text.textContent?.length ?? 0;
    if (left <= length) return { node: text, offset: left };
    left -= length;
  }
  return undefined;
}

function findElement(target: MatchTarget): HTMLElement | undefined {
  if (target.fieldId) return document.getElementById(target.fieldId) ?? undefined;
  if (target.selector) return [...document.querySelectorAll<HTMLElement>(target.selector)][target.nth ?? 0];
  return undefined;
}

function selectRange(element: HTMLElement, target: MatchTarget, start: number, end: number): void {
  if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) {
    element.setSelectionRange(start, end);
    return;
  }
  const block = target.blockPath ? blockElement(element, target.blockPath) : undefined;
  const from = block && domPoint(block, start);
  const to = block && domPoint(block, end);
  if (!from || !to) return;
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

/**
 * Once the field's pane has rendered: scrolls it into view, focuses it and selects the match — in an input by its
 * selection range, in a rich text by a DOM selection the editor adopts as its own.
 */
export function selectMatch(target: MatchTarget, start: number, end: number, frames = 30): void {
  requestAnimationFrame(() => {
    const element = findElement(target);
    if (!element) {
      if (frames > 0) selectMatch(target, start, end, frames - 1);
      return;
    }
    element.scrollIntoView({ block: 'center' });
    element.focus();
    // A rich-text editor puts its own caret on focus; the selection goes in after that.
    requestAnimationFrame(() => selectRange(element, target, start, end));
  });
}
