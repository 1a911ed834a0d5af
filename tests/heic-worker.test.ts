import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { heicDecoderInWorker } from '../core/node/photos/heicInWorker.ts';
import { heicFixtureBytes } from './fixtures/photos/heicFixture.ts';

/** The worker module from its TypeScript source (the app runs it built by electron-vite: tests/shell/heicDecode). */
const source = new URL('../core/node/photos/heicWorker.ts', import.meta.url).href;
const realWorker = () => new Worker(`import('tsx/esm/api').then(({ register }) => (register(), import(${JSON.stringify(source)})))`, { eval: true });
/** A worker that dies on its first job, as one killed by a hostile file would. */
const dyingWorker = () => new Worker("require('node:worker_threads').parentPort.on('message', () => process.exit(3))", { eval: true });

describe('HEIC decoding on a worker thread (the desktop app)', () => {
  it('decodes upright pixels and keeps one worker for the next photos', async () => {
    let started = 0;
    const decode = heicDecoderInWorker(() => (started++, realWorker()));
    const [a, b] = await Promise.all([decode(heicFixtureBytes(), 2400), decode(heicFixtureBytes(), 80)]);
    expect(a).toMatchObject({ ok: true, photo: { width: 120, height: 160 } });
    expect(b).toMatchObject({ ok: true, photo: { width: 60, height: 80, original: { width: 120, height: 160 } } });
    if (a.ok) expect(a.photo.rgba.length).toBe(120 * 160 * 4);
    expect(started).toBe(1);
  });

  it('a refused file is an answer, not a crash', async () => {
    const decode = heicDecoderInWorker(realWorker);
    expect(await decode(new Uint8Array([1, 2, 3]), 2400)).toEqual({ ok: false, error: 'not a HEIC/HEIF image' });
  });

  it('a worker that dies fails the photo it held with a message, and the next photo gets a new worker', async () => {
    const workers = [dyingWorker, realWorker];
    let started = 0;
    const decode = heicDecoderInWorker(() => workers[started++]!());
    expect(await decode(heicFixtureBytes(), 2400)).toEqual({ ok: false, error: 'the HEIC decoder stopped (exit code 3)' });
    expect(await decode(heicFixtureBytes(), 2400)).toMatchObject({ ok: true, photo: { width: 120, height: 160 } });
    expect(started).toBe(2);
  });
});
