import { useEffect } from 'react';
import type { BriefingApi } from '../../../../core/ipc/contract.ts';
import type { DocumentStore } from '../../state/documentStore.ts';

function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** "Title — file.briefing" for a saved document, the title alone for a new one, the app's name without one. */
export function windowTitle(store: DocumentStore, labels: { app: string; untitled: string }): string {
  const state = store.snapshot;
  if (!state) return labels.app;
  const title = state.history.present.briefing.meta.title.trim() || labels.untitled;
  return state.path ? `${title} — ${fileName(state.path)}` : title;
}

/** A title still being typed reaches the window this long after the last keystroke; dirtiness at once. */
const TITLE_DELAY_MS = 250;

/**
 * Tells the host whether the window has unsaved changes (it asks before closing) the moment that changes, and
 * the window's title once typing in it pauses; also titles the page itself.
 */
export function useWindowState(store: DocumentStore, api: BriefingApi, labels: { app: string; untitled: string }) {
  const { app, untitled } = labels;
  useEffect(() => {
    let sent = { dirty: false, title: '' };
    let timer: ReturnType<typeof setTimeout> | undefined;
    const send = () => {
      timer = undefined;
      const next = { dirty: store.dirty, title: windowTitle(store, { app, untitled }).slice(0, 300) };
      if (next.dirty === sent.dirty && next.title === sent.title) return;
      sent = next;
      document.title = next.dirty ? `• ${next.title}` : next.title;
      void api['window:setState'](next).catch(() => undefined);
    };
    const update = () => {
      if (store.dirty !== sent.dirty) send();
      else if (timer === undefined) timer = setTimeout(send, TITLE_DELAY_MS);
    };
    sent = { dirty: !store.dirty, title: '' }; // forces the first report
    send();
    const unsubscribe = store.subscribe(update);
    return () => {
      unsubscribe();
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [store, api, app, untitled]);
}

/** The renderer's own guard: a reload or close with unsaved changes asks first (the browser's dialog). */
export function useBeforeUnload(store: DocumentStore) {
  useEffect(() => {
    const guard = (event: BeforeUnloadEvent) => {
      if (!store.dirty) return;
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', guard);
    return () => window.removeEventListener('beforeunload', guard);
  }, [store]);
}
