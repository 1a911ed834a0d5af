import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { RequiredHintsContext } from '../../sections/fields/requiredHints.tsx';
import { useDocumentSelector } from '../../state/context.tsx';
import type { DocumentState } from '../../state/documentStore.ts';
import { DETAILS } from './sectionLabel.ts';

export interface Navigation {
  /** The outline entry shown in the middle pane: DETAILS or a section id. */
  selected: string;
  select(id: string): void;
  /** Shows an outline entry and puts the cursor in one of its fields (by DOM id), once it is on screen. */
  reveal(id: string, fieldId: string): void;
  /** Whether the outline marks sections with blanks an export needs filled: from the first refused export on. */
  problemsShown: boolean;
  showProblems(): void;
}

const NavigationContext = createContext<Navigation | undefined>(undefined);
const sessionOf = (state: DocumentState | undefined) => state?.recoveryKey;

/** Focuses the element once the pane that holds it has rendered (a few frames at most). */
function focusWhenShown(fieldId: string, frames = 30): void {
  requestAnimationFrame(() => {
    const element = document.getElementById(fieldId);
    if (!element) {
      if (frames > 0) focusWhenShown(fieldId, frames - 1);
      return;
    }
    element.scrollIntoView({ block: 'center' });
    element.focus();
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
  const reveal = useCallback((id: string, fieldId: string) => {
    setSelected(id);
    focusWhenShown(fieldId);
  }, []);
  const showProblems = useCallback(() => setProblemsShown(true), []);
  const value = useMemo(() => ({ selected, select: setSelected, reveal, problemsShown, showProblems }), [selected, reveal, problemsShown, showProblems]);
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
