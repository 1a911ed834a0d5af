import { useEffect } from 'react';
import type { BriefingApi } from '../../../../core/ipc/contract.ts';
import { toWire } from '../../../../core/ipc/wire.ts';
import type { BriefingDocument } from '../../../../core/model/index.ts';
import type { DocumentStore } from '../../state/documentStore.ts';

/**
 * A write at most this long after the first unsaved change, then again while changes keep coming: a crash
 * loses at most this much typing plus one write. A throttle, not a debounce, so steady typing is still saved.
 */
export const AUTOSAVE_MS = 1500;
/**
 * Once due, the write waits for the main thread to idle (after a frame, between keystrokes), at most this long:
 * serialising the document for the host is a long task, and a keystroke queued behind it would wait for it.
 */
export const AUTOSAVE_IDLE_MS = 400;

/** Writes unsaved work to the host's recovery file while the document is dirty. */
export function useAutosave(store: DocumentStore, api: BriefingApi, onError: (error: string) => void, intervalMs = AUTOSAVE_MS) {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let idle: number | undefined;
    let writing = false;
    let written: BriefingDocument | undefined;
    let failed = false;

    const write = async () => {
      timer = idle = undefined;
      const state = store.snapshot;
      if (!state || !store.dirty || state.history.present === written) return;
      const doc = state.history.present;
      writing = true;
      try {
        const outcome = await api['recovery:write']({
          key: state.recoveryKey,
          document: toWire(doc),
          ...(state.path ? { path: state.path } : {}),
        });
        if (outcome.ok) {
          written = doc;
          failed = false;
        } else if ('error' in outcome && !failed) {
          failed = true; // say it once, not every second and a half
          onError(outcome.error);
        }
      } finally {
        writing = false;
      }
      schedule();
    };
    const schedule = () => {
      if (timer === undefined && !writing && store.dirty && store.document !== written) {
        timer = setTimeout(() => {
          if (typeof requestIdleCallback !== 'function') return void write();
          idle = requestIdleCallback(() => void write(), { timeout: AUTOSAVE_IDLE_MS });
        }, intervalMs);
      }
    };
    const unsubscribe = store.subscribe(schedule);
    schedule();
    return () => {
      unsubscribe();
      if (timer !== undefined) clearTimeout(timer);
      if (idle !== undefined) cancelIdleCallback(idle);
    };
  }, [store, api, onError, intervalMs]);
}
