import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { packBriefing } from '../core/container/index.ts';
import { toWire } from '../core/ipc/index.ts';
import { RecoveryStore } from '../core/node/host/recoveryStore.ts';
import { largeDocument } from './fixtures/large.ts';
import { sampleDocument } from './fixtures/briefings.ts';
import { hostHarness } from './helpers/hostHarness.ts';
import { tempDir } from './helpers/tempBriefings.ts';

const ok = <T extends { ok: boolean }>(value: T): Extract<T, { ok: true }> => {
  if (!value.ok) throw new Error(`expected ok, got ${JSON.stringify(value)}`);
  return value as Extract<T, { ok: true }>;
};

/** Every file in the folder with its size and modification time, to tell what a write touched. */
function snapshot(dir: string): Map<string, { size: number; mtimeMs: number }> {
  return new Map(readdirSync(dir).map((name) => {
    const info = statSync(path.join(dir, name));
    return [name, { size: info.size, mtimeMs: info.mtimeMs }];
  }));
}

function bytesWrittenBetween(before: ReturnType<typeof snapshot>, after: ReturnType<typeof snapshot>): number {
  let written = 0;
  for (const [name, info] of after) {
    const was = before.get(name);
    if (!was || was.mtimeMs !== info.mtimeMs || was.size !== info.size) written += info.size;
  }
  return written;
}

describe('autosave while typing: the text is written again, the photos are not', () => {
  it('a delta autosave of a 20-photo briefing writes about the size of its text, and restores every photo', async () => {
    const data = tempDir('briefing-recovery-once-');
    const host = hostHarness(data);
    const doc = largeDocument({ pages: 10, photos: 20 });
    const full = toWire(doc);
    const photoBytes = [...doc.media.values()].reduce((n, b) => n + b.length, 0);
    ok(await host.call('recovery:write', { key: 'k', document: full, mediaBase: 'full' }));
    const dir = path.join(data, 'recovery');
    const before = snapshot(dir);

    const typed = { ...full.briefing, meta: { ...full.briefing.meta, title: `${full.briefing.meta.title} 草稿` } };
    ok(await host.call('recovery:write', { key: 'k', mediaBase: 'delta', document: { briefing: typed, media: {} } }));
    const written = bytesWrittenBetween(before, snapshot(dir));
    const text = packBriefing({ briefing: typed, media: doc.media }, undefined, { photosOutside: true, compressText: false }).length;
    // The text's container and the note; not a byte of the photos (before: every photo again, each write).
    expect(written).toBeLessThan(text + 4096);
    expect(written).toBeLessThan(photoBytes / 10);

    // What the welcome view lists names the entry, not the files behind it.
    expect(Object.keys((await host.call('recovery:list', undefined))[0]!).sort()).toEqual(['key', 'savedAt', 'title']);
    const read = ok(await host.call('recovery:read', { key: 'k' }));
    expect(read.document.briefing.meta.title).toBe(typed.meta.title);
    expect(Object.keys(read.document.media).sort()).toEqual([...doc.media.keys()].sort());
    for (const [id, bytes] of doc.media) expect(read.document.media[id], id).toEqual(bytes);
  });

  it('a changed photo is written once, alone; the files the note no longer names are removed', async () => {
    const data = tempDir('briefing-recovery-once-');
    const host = hostHarness(data);
    const doc = largeDocument({ pages: 4, photos: 3 });
    const full = toWire(doc);
    ok(await host.call('recovery:write', { key: 'k', document: full, mediaBase: 'full' }));
    const dir = path.join(data, 'recovery');
    const before = snapshot(dir);
    const [first, second] = [...doc.media.keys()];
    // Another photo's picture in its place: new bytes for one id.
    const changed = new Uint8Array(doc.media.get(first!)!);
    ok(await host.call('recovery:write', { key: 'k', mediaBase: 'delta', document: { briefing: full.briefing, media: { [second!]: changed } } }));
    const after = snapshot(dir);
    const fresh = [...after.keys()].filter((name) => !before.has(name));
    // The new text, the one photo; the note itself is replaced in place.
    expect(fresh.filter((name) => name.endsWith('.photo'))).toHaveLength(1);
    expect(fresh.filter((name) => name.endsWith('.briefing'))).toHaveLength(1);
    const note = JSON.parse(readFileSync(path.join(dir, 'k.json'), 'utf8')) as { content: string; photos: Record<string, string> };
    expect([...after.keys()].sort()).toEqual(['k.json', note.content, ...Object.values(note.photos)].sort());
    const read = ok(await host.call('recovery:read', { key: 'k' }));
    expect(read.document.media[second!]).toEqual(changed);
    expect(read.document.media[first!]).toEqual(doc.media.get(first!));
  });

  it('restores an entry written before photos had files of their own (the photos inside the document file)', async () => {
    const data = tempDir('briefing-recovery-old-');
    const dir = path.join(data, 'recovery');
    const doc = sampleDocument('zh-CN');
    const content = 'old-1.ln2x5k-0a1b2c3d.briefing';
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, content), packBriefing(doc));
    writeFileSync(path.join(dir, 'old-1.json'), JSON.stringify({ title: doc.briefing.meta.title, savedAt: new Date().toISOString(), content }));
    const store = new RecoveryStore(data);
    await store.sweep();
    expect((await store.list()).map((e) => e.key)).toEqual(['old-1']);
    const read = await store.read('old-1');
    expect(read?.document.briefing.meta.title).toBe(doc.briefing.meta.title);
    expect(read?.document.media).toEqual(doc.media);
  });

  it('does not offer an entry one of whose photos is missing, and says which when asked to restore it', async () => {
    const data = tempDir('briefing-recovery-lost-');
    const host = hostHarness(data);
    const full = toWire(sampleDocument('en'));
    ok(await host.call('recovery:write', { key: 'k', document: full }));
    const dir = path.join(data, 'recovery');
    const note = JSON.parse(readFileSync(path.join(dir, 'k.json'), 'utf8')) as { photos: Record<string, string> };
    rmSync(path.join(dir, note.photos['p2']!));
    expect(await host.call('recovery:list', undefined)).toEqual([]);
    const read = await host.call('recovery:read', { key: 'k' });
    expect(read.ok).toBe(false);
    expect(JSON.stringify(read)).toContain('p2');
  });
});
