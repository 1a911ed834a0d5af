import { createContext, useContext, type ReactNode } from 'react';
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

/** The open document's state, re-rendering on every change. */
export function useDocument(): DocumentState | undefined {
  return useDocumentState(useServices().store);
}
