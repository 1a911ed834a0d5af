import type { BriefingApi } from '../../../../core/ipc/contract.ts';
import type { Outcome } from '../../../../core/ipc/wire.ts';
import { fromWire, toWire } from '../../../../core/ipc/wire.ts';
import { newBriefing, newId, type Language } from '../../../../core/model/index.ts';
import type { DocumentStore } from '../../state/documentStore.ts';

/** What a file action came to: done, the user cancelled a dialog, or the host refused with a message. */
export type ActionResult = { status: 'done'; path?: string } | { status: 'canceled' } | { status: 'failed'; error: string };

function settle<T extends object>(outcome: Outcome<T>, then: (value: T) => ActionResult): ActionResult {
  if (outcome.ok) return then(outcome);
  return 'canceled' in outcome ? { status: 'canceled' } : { status: 'failed', error: outcome.error };
}

/** A recovery key for a new editing session: the host names the recovery file after it. */
export const newRecoveryKey = () => newId('r');

export function startNew(
  store: DocumentStore,
  template: { id: string; language: Language },
  labels: { title: string; summary: string },
): void {
  const briefing = newBriefing(template.id, template.language, labels);
  store.load({ briefing, media: new Map() }, { saved: false, recoveryKey: newRecoveryKey() });
}

export async function openDocument(api: BriefingApi, store: DocumentStore, path?: string): Promise<ActionResult> {
  const outcome = await api['document:open'](path ? { path } : {});
  return settle(outcome, ({ path: opened, document }) => {
    store.load(fromWire(document), { path: opened, saved: true, recoveryKey: newRecoveryKey() });
    return { status: 'done', path: opened };
  });
}

/**
 * Saves what is on screen now. Edits made while the host writes stay unsaved (dirty), and the recovery file is
 * only dropped when nothing changed since the save began.
 */
export async function saveDocument(api: BriefingApi, store: DocumentStore, saveAs: boolean): Promise<ActionResult> {
  const state = store.snapshot;
  if (!state) return { status: 'canceled' };
  const doc = state.history.present;
  const outcome = await api['document:save']({
    document: toWire(doc),
    ...(state.path && !saveAs ? { path: state.path } : {}),
    saveAs: saveAs || !state.path,
  });
  const result = settle(outcome, ({ path }) => {
    store.markSaved(path, doc);
    return { status: 'done', path };
  });
  if (result.status === 'done' && store.document === doc) {
    await api['recovery:discard']({ key: state.recoveryKey }).catch(() => undefined);
  }
  return result;
}

export async function restoreRecovered(api: BriefingApi, store: DocumentStore, key: string): Promise<ActionResult> {
  const outcome = await api['recovery:read']({ key });
  return settle(outcome, ({ document, path }) => {
    // Same key: the restored document keeps autosaving to the file it came from until it is saved.
    store.load(fromWire(document), { ...(path ? { path } : {}), saved: false, recoveryKey: key });
    return { status: 'done', ...(path ? { path } : {}) };
  });
}
