import { createContext, useContext } from 'react';
import type { Person } from '../../../../core/people/index.ts';

export interface PeopleDirectory {
  people: readonly Person[];
  /** Why the directory could not be read (a damaged file), for the People view; completion just offers nothing. */
  error?: string;
  /** Asks the host again (after a save or an export it has recorded the attendees). */
  refresh(): void;
  replace(people: readonly Person[]): Promise<{ ok: true } | { ok: false; error: string }>;
  /** Opens the People view (edit, merge, import, export). */
  open(): void;
}

const EMPTY: PeopleDirectory = { people: [], refresh: () => undefined, replace: async () => ({ ok: false, error: 'no directory' }), open: () => undefined };
export const PeopleContext = createContext<PeopleDirectory>(EMPTY);

/** Without a provider (component tests) the directory is empty and completion offers nothing. */
export const usePeopleDirectory = () => useContext(PeopleContext);
