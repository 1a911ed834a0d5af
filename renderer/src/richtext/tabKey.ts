import type { KeyboardEvent } from 'react';
import type { Editor } from 'slate';
import { indentListItems, outdentListItems } from './indent.ts';
import { moveBetweenCells } from './tableNav.ts';

/**
 * Tab and Shift+Tab where a word processor gives them a meaning: in a table cell they move between cells, in a
 * list they indent and outdent the items. Everywhere else (and Shift+Tab where nothing can move) the key is not
 * handled, so focus moves on as in any form and a keyboard user is never trapped in the field.
 */
export function handleTab(editor: Editor, event: KeyboardEvent): boolean {
  if (event.key !== 'Tab' || event.ctrlKey || event.metaKey || event.altKey) return false;
  if (moveBetweenCells(editor, event.shiftKey)) return true;
  return event.shiftKey ? outdentListItems(editor) : indentListItems(editor);
}
