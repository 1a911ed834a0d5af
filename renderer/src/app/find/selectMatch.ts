import { selectFieldText } from '../../richtext/domSelection.ts';
import type { MatchTarget } from './findTarget.ts';

function findElement(target: MatchTarget): HTMLElement | undefined {
  if (target.fieldId) return document.getElementById(target.fieldId) ?? undefined;
  if (target.selector) return [...document.querySelectorAll<HTMLElement>(target.selector)][target.nth ?? 0];
  return undefined;
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
    requestAnimationFrame(() => selectFieldText(element, target.blockPath, start, end));
  });
}
