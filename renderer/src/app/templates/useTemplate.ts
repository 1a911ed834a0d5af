import { useEffect, useState, useSyncExternalStore } from 'react';
import type { Template } from '../../../../core/template/index.ts';
import { useServices } from '../../state/context.tsx';
import { loadTemplate, templateRevision } from './templateCache.ts';

export type TemplateState = { status: 'loading' } | { status: 'ready'; template: Template } | { status: 'failed'; error: string };

/** The template a briefing names, loaded from the host; re-fetched when the id changes. */
export function useTemplate(id: string | undefined): TemplateState {
  const { api } = useServices();
  const [state, setState] = useState<{ id?: string; value: TemplateState }>({ value: { status: 'loading' } });
  // A template saved by the designer is fetched again, so the open briefing's preview shows the new version.
  const revision = useSyncExternalStore(templateRevision.subscribe, templateRevision.get);
  useEffect(() => {
    if (!id) return;
    let live = true;
    loadTemplate(api, id).then(
      (template) => live && setState({ id, value: { status: 'ready', template } }),
      (error: unknown) => live && setState({ id, value: { status: 'failed', error: error instanceof Error ? error.message : String(error) } }),
    );
    return () => {
      live = false;
    };
  }, [api, id, revision]);
  return state.id === id ? state.value : { status: 'loading' };
}
