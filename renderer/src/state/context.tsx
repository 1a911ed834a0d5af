import { createContext, useContext, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import type { BriefingApi } from '../../../core/ipc/contract.ts';
import { DocumentStore, useDocumentState, type DocumentState } from './documentStore.ts';

export interface AppServices {
  store: DocumentStore;
  api: BriefingApi;
}

const ServicesContext = createContext<AppServices | undefined>(undefined);

export function ServicesProvider({ services, children }: { services: AppServices; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices outside ServicesProvider');
  return services;
}

/** The open document's state, re-rendering on every change. Prefer `useDocumentSelector` for a part of it. */
export function useDocument(): DocumentState | undefined {
  return useDocumentState(useServices().store);
}

/**
 * A part of the open document's state, re-rendering only when that part changes (by `isEqual`, identity unless
 * told): a keystroke in the title then re-renders what shows the title, not every consumer of the document.
 * Edits replace only what they change, so a selected object stays the same one while unrelated fields are typed.
 * A selector defined outside the component (or memoised) saves re-running it on each render.
 */
export function useDocumentSelector<T>(
  selector: (state: DocumentState | undefined) => T,
  isEqual: (a: T, b: T) => boolean = Object.is,
): T {
  const { store } = useServices();
  const getSnapshot = useMemo(() => {
    let last: { state: DocumentState | undefined; value: T } | undefined;
    return () => {
      const state = store.snapshot;
      if (last && last.state === state) return last.value;
      const value = selector(state);
      // Keeping the previous value when equal is what lets React skip the re-render.
      last = { state, value: last && isEqual(last.value, value) ? last.value : value };
      return last.value;
    };
  }, [store, selector, isEqual]);
  return useSyncExternalStore(store.subscribe, getSnapshot);
}
