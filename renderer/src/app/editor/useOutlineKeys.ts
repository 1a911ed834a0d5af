import { useState, type KeyboardEvent } from 'react';

const LABEL = '.bc-outline-label';

/**
 * The outline is one Tab stop, not three per section (grip, name, eye: 31 stops before the first field of a
 * new briefing): Tab reaches the current entry's name; ↑/↓ (Home/End) move between names, → goes to the entry's
 * eye button and ← to its grip, ← / → come back to the name. A grip that is carrying a section (aria-pressed,
 * dnd-kit's keyboard drag) keeps its arrow keys.
 */
export function useOutlineKeys(selected: string) {
  const [current, setCurrent] = useState<string>();
  const tabStop = current ?? selected;

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const target = event.target as HTMLElement;
    const row = target.closest('[data-outline-entry]');
    if (!row || (target.getAttribute('aria-pressed') === 'true' && target.dataset['testid'] === 'drag-handle')) return;
    const labels = [...event.currentTarget.querySelectorAll<HTMLElement>(LABEL)];
    const label = row.matches(LABEL) ? (row as HTMLElement) : row.querySelector<HTMLElement>(LABEL);
    if (!label) return;
    const onLabel = target === label;
    const index = labels.indexOf(label);
    const go = (element: HTMLElement | null | undefined) => {
      if (!element) return;
      event.preventDefault();
      element.focus();
    };
    switch (event.key) {
      case 'ArrowDown':
        if (onLabel) go(labels[index + 1]);
        break;
      case 'ArrowUp':
        if (onLabel) go(labels[index - 1]);
        break;
      case 'Home':
        if (onLabel) go(labels[0]);
        break;
      case 'End':
        if (onLabel) go(labels.at(-1));
        break;
      case 'ArrowRight':
        go(onLabel ? row.querySelector<HTMLElement>('[data-testid="outline-visibility"]') : target.dataset['testid'] === 'drag-handle' ? label : undefined);
        break;
      case 'ArrowLeft':
        go(onLabel ? row.querySelector<HTMLElement>('[data-testid="drag-handle"]') : target.dataset['testid'] === 'outline-visibility' ? label : undefined);
        break;
    }
  };
  /** The entry whose name last had the focus stays the Tab stop. */
  const onFocus = (event: { target: EventTarget }) => {
    const entry = (event.target as HTMLElement).closest('[data-outline-entry]')?.getAttribute('data-outline-entry');
    if (entry) setCurrent(entry);
  };
  return { tabStop, onKeyDown, onFocus };
}
