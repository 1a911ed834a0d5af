import type { TextRange } from '../../../../core/check/index.ts';
import { selectFieldText } from '../../richtext/domSelection.ts';

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
    if (range) requestAnimationFrame(() => selectFieldText(element, blockPath, range.start, range.end));
  });
}
