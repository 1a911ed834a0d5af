import './jsdomGaps.ts';
import { cleanup, render } from '@testing-library/react';
import { App as AntApp } from 'antd';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach } from 'vitest';
import type { BriefingApi } from '../../../../core/ipc/contract.ts';
import type { Briefing, BriefingDocument, Language, Section, SectionType } from '../../../../core/model/index.ts';
import { initI18n } from '../../i18n/index.ts';
import { ServicesProvider, useDocument } from '../../state/context.tsx';
import { DocumentStore } from '../../state/documentStore.ts';
import { PhotoServicesProvider, type PhotoServices } from '../photos/PhotoServices.tsx';
import { SECTION_EDITORS } from '../registry.ts';
import type { SectionEditorProps } from '../types.ts';

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

/** The editors never call the host; any call is a test failure. */
const noHost = new Proxy({}, { get: (_, name) => () => Promise.reject(new Error(`unexpected host call ${String(name)}`)) }) as BriefingApi;

export interface Harness {
  store: DocumentStore;
  briefing(): Briefing;
  document(): BriefingDocument;
}

export async function renderWithStore(
  doc: BriefingDocument,
  ui: (h: Harness) => ReactNode,
  options: { language?: Language; photos?: PhotoServices } = {},
) {
  const i18n = await initI18n(options.language ?? 'zh-CN');
  const store = new DocumentStore();
  store.load(doc, { saved: true, recoveryKey: 'test' });
  const current = () => {
    const present = store.document;
    if (!present) throw new Error('no document');
    return present;
  };
  const harness: Harness = { store, document: current, briefing: () => current().briefing };
  const tree = (
    <I18nextProvider i18n={i18n}>
      <ServicesProvider services={{ store, api: noHost }}>
        <AntApp>{ui(harness)}</AntApp>
      </ServicesProvider>
    </I18nextProvider>
  );
  const utils = render(options.photos ? <PhotoServicesProvider services={options.photos}>{tree}</PhotoServicesProvider> : tree);
  return { ...utils, ...harness };
}

/** The section editor for one section, re-rendered from the store as the app shell does. */
export function SectionFromStore({ type }: { type: SectionType }) {
  const section = useDocument()?.history.present.briefing.sections.find((s) => s.type === type);
  if (!section) throw new Error(`no ${type} section`);
  const Editor = SECTION_EDITORS[section.type] as (props: SectionEditorProps<Section['type']>) => ReactNode;
  return <Editor section={section} />;
}
