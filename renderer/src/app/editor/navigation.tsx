import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { RequiredHintsContext } from '../../sections/fields/requiredHints.tsx';
import { useDocumentSelector } from '../../state/context.tsx';
import type { DocumentState } from '../../state/documentStore.ts';
import { DETAILS } from './sectionLabel.ts';

/**
 * A field to put the cursor in: the first of its DOM ids (or CSS selectors) that is on screen; in a rich-text field,
 * optionally at the start of one of its blocks (and of one item of a list block).
 */
export interface FieldTarget {
  ids?: readonly string[];
  selectors?: readonly string[];
  block?: number;
  item?: number;
}

export interface Navigation {
  /** The outline entry shown in the middle pane: DETAILS or a section id. */
  selected: string;
  select(id: string): void;
  /** Shows an outline entry and puts the cursor in one of its fields (by DOM id), once it is on screen. */
  reveal(id: string, fieldId: string): void;
  /** The same for a field found by one of several ids or selectors, or a block of a rich-text field. */
  revealField(id: string, field: FieldTarget): void;
  /** Whether the outline marks sections with blanks an export needs filled: from the first refused export on. */
  problemsShown: boolean;
  showProblems(): void;
}

const NavigationContext = createContext<Navigation | undefined>(undefined);
const sessionOf = (state: DocumentState | undefined) => state?.recoveryKey;

function findField(field: FieldTarget): HTMLElement | undefined {
  for (const id of field.ids ?? []) {
    const element = document.getElementById(id);
    if (element) return element;
  }
  for (const selector of field.selectors ?? []) {
    const element = document.querySelector<HTMLElement>(selector);
    if (element) return element;
  }
  return undefined;
}

const elementChildren = (element: Element) => [...element.children].filter((child) => child.getAttribute('data-slate-node') === 'element');

/**
 * In a rich-text field (Slate renders each block as a child element of the editable), the caret goes to the start of
 * the block; Slate takes the DOM selection over as its own. Returns the block, to scroll to it.
 */
function caretAtBlock(field: HTMLElement, block: number, item: number | undefined): HTMLElement | undefined {
  let target = elementChildren(field)[block];
  if (target && item !== undefined) target = elementChildren(target)[item] ?? target;
  const text = target?.querySelector('[data-slate-string], [data-slate-zero-width]')?.firstChild;
  const selection = document.getSelection();
  if (!(target instanceof HTMLElement) || !text || !selection) return undefined;
  const range = document.createRange();
  range.setStart(text, 0);
  range.collapse(true);
  selection.removeAllRanges();
  selection.addRange(range);
  return target;
}

/** Focuses the field once the pane that holds it has rendered (a few frames at most). */
function focusWhenShown(field: FieldTarget, frames = 30): void {
  requestAnimationFrame(() => {
    const element = findField(field);
    if (!element) {
      if (frames > 0) focusWhenShown(field, frames - 1);
      return;
    }
    element.focus();
    element.scrollIntoView({ block: 'center' });
    const { block, item } = field;
    if (block === undefined) return;
    // After the field has re-rendered as focused (a rich-text field then applies its own selection to the DOM).
    requestAnimationFrame(() => requestAnimationFrame(() => caretAtBlock(element, block, item)?.scrollIntoView({ block: 'center' })));
  });
}

/** Where the user is in the open briefing, shared by the outline, the middle pane and the export dialog. */
export function NavigationProvider({ children }: { children: ReactNode }) {
  const session = useDocumentSelector(sessionOf);
  const [selected, setSelected] = useState<string>(DETAILS);
  const [problemsShown, setProblemsShown] = useState(false);
  // A new or opened document starts at its details, unmarked.
  useEffect(() => {
    setSelected(DETAILS);
    setProblemsShown(false);
  }, [session]);
  const revealField = useCallback((id: string, field: FieldTarget) => {
    setSelected(id);
    focusWhenShown(field);
  }, []);
  const reveal = useCallback((id: string, fieldId: string) => revealField(id, { ids: [fieldId] }), [revealField]);
  const showProblems = useCallback(() => setProblemsShown(true), []);
  const value = useMemo(
    () => ({ selected, select: setSelected, reveal, revealField, problemsShown, showProblems }),
    [selected, reveal, revealField, problemsShown, showProblems],
  );
  return (
    <NavigationContext.Provider value={value}>
      <RequiredHintsContext.Provider value={problemsShown}>{children}</RequiredHintsContext.Provider>
    </NavigationContext.Provider>
  );
}

export function useNavigation(): Navigation {
  const navigation = useContext(NavigationContext);
  if (!navigation) throw new Error('useNavigation outside NavigationProvider');
  return navigation;
}
