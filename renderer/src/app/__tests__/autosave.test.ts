import { renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BriefingApi, RequestOf } from '../../../../core/ipc/contract.ts';
import { newBriefing } from '../../../../core/model/index.ts';
import { sampleDocument } from '../../../../tests/fixtures/briefings.ts';
import { gradientPainter, makePng } from '../../../../tests/fixtures/images.ts';
import { DocumentStore } from '../../state/documentStore.ts';
import { AUTOSAVE_IDLE_MS, AUTOSAVE_MS, useAutosave } from '../files/useAutosave.ts';
import { useWindowState } from '../files/useWindowState.ts';

type Write = RequestOf<'recovery:write'>;

/** A host that records recovery writes and window states, and answers as the real one does. */
function recordingHost(answer: () => { ok: true } | { ok: false; error: string } = () => ({ ok: true })) {
  const writes: { at: number; request: Write }[] = [];
  const states: { dirty: boolean; title: string }[] = [];
  const discarded: string[] = [];
  const api = {
    'recovery:write': async (request: Write) => (writes.push({ at: Date.now(), request }), answer()),
    'recovery:discard': async ({ key }: { key: string }) => void discarded.push(key),
    'window:setState': async (state: { dirty: boolean; title: string }) => void states.push(state),
  } as unknown as BriefingApi;
  return { api, writes, states, discarded };
}

function openStore(): DocumentStore {
  const store = new DocumentStore();
  const briefing = newBriefing('cn-work-briefing', 'zh-CN', { title: '标题', summary: '总结' });
  store.load({ briefing, media: new Map() }, { saved: true, recoveryKey: 'r-test', path: '/tmp/a.briefing' });
  return store;
}

const retitle = (store: DocumentStore, title: string) => store.update((b) => ({ ...b, meta: { ...b.meta, title } }), 'meta.title');

describe('autosave to the recovery file', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes nothing while the document is saved, then the unsaved document within the interval', async () => {
    const store = openStore();
    const host = recordingHost();
    renderHook(() => useAutosave(store, host.api, () => undefined));
    await vi.advanceTimersByTimeAsync(5000);
    expect(host.writes).toEqual([]);

    retitle(store, '新标题');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS);
    expect(host.writes).toHaveLength(1);
    expect(host.writes[0]!.request).toMatchObject({ key: 'r-test', path: '/tmp/a.briefing' });
    expect(host.writes[0]!.request.document.briefing.meta.title).toBe('新标题');
  });

  it('keeps writing during steady typing, so a crash loses at most one interval', async () => {
    const store = openStore();
    const host = recordingHost();
    renderHook(() => useAutosave(store, host.api, () => undefined));
    const start = Date.now();
    for (let i = 0; i < 40; i++) {
      retitle(store, `标题${i}`);
      await vi.advanceTimersByTimeAsync(150);
    }
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS);
    const times = [start, ...host.writes.map((w) => w.at)];
    const gaps = times.slice(1).map((t, i) => t - times[i]!);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(AUTOSAVE_MS);
    expect(host.writes.at(-1)!.request.document.briefing.meta.title).toBe('标题39');
  });

  it('starts a due write when the page is idle, not in a keystroke\'s task, and still within about 2 s', async () => {
    const pending: { run: () => void; timeout: number | undefined }[] = [];
    vi.stubGlobal('requestIdleCallback', (run: () => void, options?: { timeout?: number }) => pending.push({ run, timeout: options?.timeout }));
    vi.stubGlobal('cancelIdleCallback', () => undefined);
    try {
      const store = openStore();
      const host = recordingHost();
      renderHook(() => useAutosave(store, host.api, () => undefined));
      retitle(store, '新标题');
      await vi.advanceTimersByTimeAsync(AUTOSAVE_MS);
      expect(host.writes).toEqual([]);
      expect(pending).toHaveLength(1);
      expect(AUTOSAVE_MS + pending[0]!.timeout!).toBeLessThanOrEqual(2000);
      pending[0]!.run();
      await vi.advanceTimersByTimeAsync(0);
      expect(host.writes.map((w) => w.request.document.briefing.meta.title)).toEqual(['新标题']);
      expect(AUTOSAVE_IDLE_MS).toBe(pending[0]!.timeout);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('sends the photos once: later writes carry only new or changed images, and a refused delta goes again whole', async () => {
    const store = new DocumentStore();
    const sample = sampleDocument('zh-CN');
    store.load(sample, { saved: true, recoveryKey: 'r-photos' });
    let refuseDeltas = false;
    const host = recordingHost(() => (refuseDeltas && host.writes.at(-1)!.request.mediaBase === 'delta' ? { ok: false, error: 'recovery:write needs the full document first' } : { ok: true }));
    const errors: string[] = [];
    renderHook(() => useAutosave(store, host.api, (e) => errors.push(e)));
    const mediaOf = (i: number) => [host.writes[i]!.request.mediaBase ?? 'full', Object.keys(host.writes[i]!.request.document.media).sort()];

    retitle(store, '一');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS);
    retitle(store, '二');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS);
    const redrawn = makePng(320, 200, gradientPainter(320, 200, 7));
    store.updateDocument((doc) => ({ ...doc, media: new Map(doc.media).set('p1', redrawn) }));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS);
    expect([0, 1, 2].map(mediaOf)).toEqual([['full', ['p1', 'p2']], ['delta', []], ['delta', ['p1']]]);
    expect(host.writes[2]!.request.document.media.p1).toBe(redrawn);

    // The host lost its copy (restarted, or the autosave was discarded): the same write goes again, whole, unreported.
    refuseDeltas = true;
    retitle(store, '三');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS);
    expect([3, 4].map(mediaOf)).toEqual([['delta', []], ['full', ['p1', 'p2']]]);
    expect(host.writes[4]!.request.document.briefing.meta.title).toBe('三');
    expect(errors).toEqual([]);
  });

  it('after opening a file, the first write names the file for the photos and sends none; refused, it goes whole', async () => {
    const store = new DocumentStore();
    store.load(sampleDocument('zh-CN'), { saved: true, recoveryKey: 'r-file', path: '/docs/调研.briefing' });
    let refuseFileBase = false;
    const host = recordingHost(() =>
      refuseFileBase && host.writes.at(-1)!.request.mediaBase === 'file' ? { ok: false, error: 'recovery:write needs the full document first' } : { ok: true },
    );
    renderHook(() => useAutosave(store, host.api, () => undefined));
    const mediaOf = (i: number) => [host.writes[i]!.request.mediaBase ?? 'full', Object.keys(host.writes[i]!.request.document.media).sort()];

    retitle(store, '一');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS);
    retitle(store, '二');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS);
    expect([0, 1].map(mediaOf)).toEqual([['file', []], ['delta', []]]);
    expect(host.writes[0]!.request.path).toBe('/docs/调研.briefing');

    // Reopened, and the host no longer remembers that file's photos: the write goes again, whole.
    store.load(sampleDocument('zh-CN'), { saved: true, recoveryKey: 'r-file-2', path: '/docs/调研.briefing' });
    refuseFileBase = true;
    retitle(store, '三');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS);
    expect([2, 3].map(mediaOf)).toEqual([['file', []], ['full', ['p1', 'p2']]]);
  });

  it('stops once the document is saved, and reports a failing write once', async () => {
    const store = openStore();
    const host = recordingHost(() => ({ ok: false, error: 'the disk is full' }));
    const errors: string[] = [];
    renderHook(() => useAutosave(store, host.api, (e) => errors.push(e)));
    for (let i = 0; i < 3; i++) {
      retitle(store, `x${i}`);
      await vi.advanceTimersByTimeAsync(AUTOSAVE_MS);
    }
    expect(errors).toEqual(['the disk is full']);
    const doc = store.document!;
    store.markSaved('/tmp/a.briefing', doc);
    const count = host.writes.length;
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS * 3);
    expect(host.writes).toHaveLength(count);
  });
});

describe('the recovery entry lives only as long as there is something to recover', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('is dropped when undo returns the document to its saved state, and written anew when it changes again', async () => {
    const store = openStore();
    const host = recordingHost();
    renderHook(() => useAutosave(store, host.api, () => undefined));
    retitle(store, '新标题');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS);
    expect(host.writes).toHaveLength(1);
    expect(host.discarded).toEqual([]);

    store.undo();
    expect(store.dirty).toBe(false);
    await vi.advanceTimersByTimeAsync(0);
    expect(host.discarded).toEqual(['r-test']);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS * 2);
    expect(host.writes).toHaveLength(1);

    // Redo makes it unsaved again: the very document written before must be written again, not taken as done.
    store.redo();
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS);
    expect(host.writes.map((w) => w.request.document.briefing.meta.title)).toEqual(['新标题', '新标题']);
  });

  it('is dropped when a write still in flight at the save finishes after it', async () => {
    const store = openStore();
    let release: () => void = () => undefined;
    const host = recordingHost();
    const write = host.api['recovery:write'];
    host.api['recovery:write'] = async (request) => {
      await new Promise<void>((resolve) => (release = resolve));
      return write(request);
    };
    renderHook(() => useAutosave(store, host.api, () => undefined));
    retitle(store, '新标题');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS);
    store.markSaved('/tmp/a.briefing', store.document!);
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(host.writes).toHaveLength(1);
    expect(host.discarded).toEqual(['r-test']);
  });

  it('is dropped when the document is closed', async () => {
    const store = openStore();
    const host = recordingHost();
    renderHook(() => useAutosave(store, host.api, () => undefined));
    retitle(store, '新标题');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS);
    store.close();
    expect(host.discarded).toEqual(['r-test']);
  });
});

describe('window state for the close guard', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('says "unsaved" at the first change and sends the typed title once typing pauses', async () => {
    const store = openStore();
    const host = recordingHost();
    renderHook(() => useWindowState(store, host.api, { app: 'App', untitled: 'Untitled' }));
    expect(host.states).toEqual([{ dirty: false, title: '标题 — a.briefing' }]);
    retitle(store, '新');
    expect(host.states.at(-1)).toEqual({ dirty: true, title: '新 — a.briefing' });
    retitle(store, '新标');
    retitle(store, '新标题');
    expect(host.states).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(300);
    expect(host.states.at(-1)).toEqual({ dirty: true, title: '新标题 — a.briefing' });
  });
});
