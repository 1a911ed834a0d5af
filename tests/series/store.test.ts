import { mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SeriesConflictError, SeriesLockError, SeriesStore } from '../../core/node/series/index.ts';
import { bundleChild, startBundled } from '../helpers/childScript.ts';
import { sampleSeries } from './fixtures.ts';

let dir: string;
let user: string;
let shared: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'series-store-'));
  user = path.join(dir, 'user');
  shared = path.join(dir, 'share', '.briefing-series');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const march = () => new Date('2026-03-02T10:00:00');

describe('the series store', () => {
  it('creates, lists and reads a series, with the numbers it handed out', async () => {
    const store = new SeriesStore({ user, shared: [shared] }, { now: march });
    const saved = await store.save(sampleSeries(), 'shared');
    expect(saved.revision).toBe(1);
    const first = await store.takeNumber('jz-work', 'regular');
    expect(first.number).toEqual({ year: 2026, issue: 12, total: 148, supplement: false });
    const supplement = await store.takeNumber('jz-work', 'supplement');
    expect(supplement.number).toEqual({ year: 2026, issue: 1, supplement: true });
    const list = await store.list();
    expect(list.map((e) => [e.id, e.source, e.series?.counter.issue])).toEqual([['jz-work', 'shared', 12]]);
    const got = await store.get('jz-work');
    expect(got.numbers).toEqual([first.number, supplement.number]);
    expect((await readdir(path.join(shared, 'jz-work.claims'))).sort()).toEqual(['2026-12.json', '2026-s1.json']);
  });

  it('refuses a save over a series someone changed since it was read, and a second series of the same id', async () => {
    const store = new SeriesStore({ user, shared: [] }, { now: march });
    const saved = await store.save(sampleSeries(), 'user');
    await store.takeNumber('jz-work', 'regular');
    await expect(store.save({ ...saved, name: '改名' }, 'user', saved.revision)).rejects.toBeInstanceOf(SeriesConflictError);
    await expect(store.save(sampleSeries(), 'user')).rejects.toBeInstanceOf(SeriesConflictError);
    const current = await store.get('jz-work');
    const renamed = await store.save({ ...current.series, name: '改名' }, 'user', current.series.revision);
    expect(renamed.name).toBe('改名');
    expect(renamed.counter.issue).toBe(12);
  });

  it('names the file and field of a broken series file', async () => {
    const store = new SeriesStore({ user, shared: [] });
    await store.save(sampleSeries(), 'user');
    const file = path.join(user, 'jz-work.json');
    const raw = JSON.parse(await readFile(file, 'utf8'));
    delete raw.counter.total;
    await writeFile(file, JSON.stringify(raw));
    const [entry] = await store.list();
    expect(entry?.series).toBeUndefined();
    expect(entry?.problems.join('\n')).toContain(`${file}: counter.total: required`);
  });

  it('skips a number whose claim exists although the counter lags (a crash between claim and counter update)', async () => {
    const store = new SeriesStore({ user, shared: [] }, { now: march });
    await store.save(sampleSeries(), 'user');
    await mkdir(path.join(user, 'jz-work.claims'), { recursive: true });
    await writeFile(path.join(user, 'jz-work.claims', '2026-12.json'), JSON.stringify({ total: 148 }));
    const taken = await store.takeNumber('jz-work', 'regular');
    expect(taken.number).toEqual({ year: 2026, issue: 13, total: 149, supplement: false });
  });

  it('says so when the shared folder is read-only, and hands out nothing', async () => {
    const store = new SeriesStore({ user, shared: [] }, { now: march });
    await store.save(sampleSeries(), 'user');
    const readOnly = new SeriesStore(
      { user, shared: [] },
      { create: async () => Promise.reject(Object.assign(new Error('EROFS: read-only file system'), { code: 'EROFS' })) },
    );
    const refused = await readOnly.takeNumber('jz-work', 'regular').catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(SeriesLockError);
    expect((refused as SeriesLockError).reason).toBe('read-only');
    expect((refused as Error).message).toMatch(/read-only/);
    expect((await store.get('jz-work')).numbers).toEqual([]);
  });

  it('reports a lock left behind by a program that died, instead of breaking it', async () => {
    const store = new SeriesStore({ user, shared: [] }, { now: march, lockWaitMs: 200 });
    await store.save(sampleSeries(), 'user');
    const lock = path.join(user, 'jz-work.lock');
    await writeFile(lock, JSON.stringify({ host: 'pc-17', user: 'li', pid: 1, at: '2026-03-01T09:00:00Z', token: 'x' }));
    const old = new Date(Date.now() - 10 * 60_000);
    await utimes(lock, old, old);
    const refused = await store.takeNumber('jz-work', 'regular').catch((error: unknown) => error);
    expect((refused as SeriesLockError).reason).toBe('stale');
    expect((refused as Error).message).toContain('li on pc-17');
    expect((refused as Error).message).toContain(lock);
    // A fresh lock is "busy", not abandoned.
    await utimes(lock, new Date(), new Date());
    expect(((await store.takeNumber('jz-work', 'regular').catch((e: unknown) => e)) as SeriesLockError).reason).toBe('busy');
    expect((await store.get('jz-work')).numbers).toEqual([]);
  });

  it('two processes taking numbers at once on one shared folder never get the same number', async () => {
    const store = new SeriesStore({ user, shared: [shared] }, { now: march });
    await store.save(sampleSeries(), 'shared');
    const perChild = 40;
    const script = await bundleChild(
      dir,
      `import { existsSync } from 'node:fs';
import { SeriesStore } from './core/node/series/index.ts';
const store = new SeriesStore({ user: ${JSON.stringify(path.join(dir, 'other-user'))}, shared: [${JSON.stringify(shared)}] }, { now: () => new Date('2026-03-02T10:00:00') });
console.log('ready');
// Both start together: each waits for the go file the test writes once both are ready.
while (!existsSync(${JSON.stringify(path.join(dir, 'go'))})) await new Promise((r) => setTimeout(r, 2));
const out = [];
for (let i = 0; i < ${perChild}; i++) {
  try { out.push((await store.takeNumber('jz-work', 'regular')).number); } catch (error) { out.push({ error: String(error) }); }
}
console.log('RESULT ' + JSON.stringify(out));`,
    );
    const children = [startBundled(script), startBundled(script)];
    await Promise.all(children.map((c) => c.waitFor('ready')));
    await writeFile(path.join(dir, 'go'), '');
    await Promise.all(children.map((c) => c.exited));
    const results = children.flatMap((c) => {
      const line = c.output().split('\n').find((l) => l.startsWith('RESULT '));
      if (!line) throw new Error(`no result from a child: ${c.output()}`);
      return JSON.parse(line.slice(7)) as { issue?: number; total?: number; error?: string }[];
    });
    const numbers = results.filter((r) => r.error === undefined);
    // Every taking either got a number or a clear refusal; the numbers are distinct and leave no gaps.
    for (const r of results.filter((x) => x.error !== undefined)) expect(r.error).toMatch(/being numbered by|locked/);
    expect(new Set(numbers.map((n) => n.issue)).size).toBe(numbers.length);
    expect(new Set(numbers.map((n) => n.total)).size).toBe(numbers.length);
    expect(numbers.length).toBeGreaterThan(perChild);
    const issues = numbers.map((n) => n.issue!).sort((a, b) => a - b);
    expect(issues).toEqual(Array.from({ length: numbers.length }, (_, i) => 12 + i));
    const claims = await readdir(path.join(shared, 'jz-work.claims'));
    expect(claims.length).toBe(numbers.length);
    expect((await store.get('jz-work')).series.counter.issue).toBe(11 + numbers.length);
  });
});
