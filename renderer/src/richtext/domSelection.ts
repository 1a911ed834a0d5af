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

/** The DOM position `offset` code units into a block's Slate text (its leaves' strings, in order). */
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

/**
 * Selects `start`..`end` of a field: in an input by its selection range, in a rich text (the block at `blockPath`)
 * by a DOM selection, which the Slate editor adopts as its own. The checker's Problems panel and find & replace
 * both lead the user to text this way.
 */
export function selectFieldText(element: HTMLElement, blockPath: readonly number[] | undefined, start: number, end: number): void {
  if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) {
    element.setSelectionRange(start, end);
    return;
  }
  const block = blockPath ? blockElement(element, blockPath) : undefined;
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
