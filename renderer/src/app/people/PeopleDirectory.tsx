import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Person } from '../../../../core/people/index.ts';
import { useServices } from '../../state/context.tsx';
import { PeopleDialog } from './PeopleDialog.tsx';
import { PeopleContext, type PeopleDirectory } from './peopleContext.ts';

/** A refresh asked for within this long of the last one is served from what is already here. */
const FRESH_MS = 1500;

/** The people directory for the window, loaded from the host once and refreshed when a name cell is entered. */
export function PeopleProvider({ children }: { children: ReactNode }) {
  const { api } = useServices();
  const [people, setPeople] = useState<readonly Person[]>([]);
  const [error, setError] = useState<string>();
  const last = useRef(0);
  const load = useCallback(
    (force = false) => {
      if (!force && Date.now() - last.current < FRESH_MS) return;
      last.current = Date.now();
      void api['people:list'](undefined).then(
        (outcome) => {
          if (outcome.ok) {
            setPeople(outcome.people);
            setError(undefined);
          } else if ('error' in outcome) setError(outcome.error);
        },
        (e: unknown) => setError(String(e)),
      );
    },
    [api],
  );
  useEffect(() => load(true), [load]);
  const replace = useCallback(
    async (next: readonly Person[]) => {
      const outcome = await api['people:replace']({ people: [...next] });
      if (outcome.ok) {
        setPeople(outcome.people);
        setError(undefined);
        return { ok: true as const };
      }
      return { ok: false as const, error: 'error' in outcome ? outcome.error : 'canceled' };
    },
    [api],
  );
  const [viewOpen, setViewOpen] = useState(false);
  const value = useMemo<PeopleDirectory>(
    () => ({ people, ...(error ? { error } : {}), refresh: () => load(), replace, open: () => setViewOpen(true) }),
    [people, error, load, replace],
  );
  return (
    <PeopleContext.Provider value={value}>
      {children}
      {viewOpen && <PeopleDialog onClose={() => setViewOpen(false)} />}
    </PeopleContext.Provider>
  );
}
