import { useEffect } from 'react';
import type { BriefingApi } from '../../../../core/ipc/contract.ts';
import { toWire, type WireDocument } from '../../../../core/ipc/wire.ts';
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

type MediaBytes = ReadonlyMap<string, Uint8Array>;
/** Photos the host already holds: from our last write under this key ('delta'), or in the file it opened or saved ('file'). */
type HostMedia = { mediaBase: 'delta' | 'file'; media: MediaBytes };

/**
 * The whole document, or (when the host already holds some of the photos) only the images that are new or
 * changed since: cloning every photo across the process boundary on each autosave is a long task that delays
 * keystrokes. Bytes in the store are never mutated in place, so a changed photo is a different Uint8Array.
 */
export function recoveryPayload(doc: BriefingDocument, known: HostMedia | undefined): { document: WireDocument; mediaBase: 'full' | HostMedia['mediaBase'] } {
  if (!known) return { document: toWire(doc), mediaBase: 'full' };
  const media: Record<string, Uint8Array> = {};
  for (const [id, bytes] of doc.media) if (known.media.get(id) !== bytes) media[id] = bytes;
  return { document: { briefing: doc.briefing, media }, mediaBase: known.mediaBase };
}

/**
 * Writes unsaved work to the host's recovery file while the document is dirty, and drops that file once there is
 * nothing left to recover: the document is back at its saved state (undo), saved, or no longer open. A recovery
 * entry that outlives its changes would offer the user text they had undone, as unsaved changes to the file.
 */
export function useAutosave(store: DocumentStore, api: BriefingApi, onError: (error: string) => void, intervalMs = AUTOSAVE_MS) {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let idle: number | undefined;
    let writing = false;
    let written: BriefingDocument | undefined;
    let failed = false;
    /** The image bytes the host holds for a key after our last successful write; unknown while one is in flight. */
    let sent: { key: string; media: MediaBytes } | undefined;
    /** The image bytes of the file as last opened or saved, which the host keeps too. */
    let onDisk: { path: string; media: MediaBytes } | undefined;
    /** The key this session's writes left an entry under, until it is dropped. */
    let stored: string | undefined;

    const write = async () => {
      timer = idle = undefined;
      const state = store.snapshot;
      if (!state || !store.dirty || state.history.present === written) return;
      const doc = state.history.present;
      const key = state.recoveryKey;
      const fromFile = onDisk && onDisk.path === state.path ? onDisk.media : undefined;
      const base: HostMedia | undefined =
        sent?.key === key ? { mediaBase: 'delta', media: sent.media } : fromFile ? { mediaBase: 'file', media: fromFile } : undefined;
      const send = (known: HostMedia | undefined) =>
        api['recovery:write']({ key, ...recoveryPayload(doc, known), ...(state.path ? { path: state.path } : {}) });
      sent = undefined;
      writing = true;
      try {
        let outcome = await send(base);
        // The host forgets what it had when it restarts or the autosave is discarded (saving does): send it whole.
        if (!outcome.ok && base) outcome = await send(undefined);
        if (outcome.ok) {
          stored = key;
          written = doc;
          failed = false;
          sent = { key, media: new Map(doc.media) };
        } else if ('error' in outcome && !failed) {
          failed = true; // say it once, not every second and a half
          onError(outcome.error);
        }
      } finally {
        writing = false;
      }
      schedule();
    };
    const drop = (key: string) => {
      stored = written = sent = undefined;
      api['recovery:discard']({ key }).catch(() => undefined);
    };
    const schedule = () => {
      const state = store.snapshot;
      if (state?.path && !store.dirty) onDisk = { path: state.path, media: state.history.present.media };
      // Not while a write is in flight: it would bring the entry back; its completion calls schedule again.
      if (stored !== undefined && !writing && (state?.recoveryKey !== stored || !store.dirty)) drop(stored);
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
