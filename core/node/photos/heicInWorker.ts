import type { Worker } from 'node:worker_threads';
import type { HeicDecode } from './decodeHeic.ts';
import type { HeicJob } from './heicWorker.ts';

export type HeicDecoder = (bytes: Uint8Array, maxLongSide: number) => Promise<HeicDecode>;

/**
 * decodeHeic on a worker thread (heicWorker.ts). A 12-megapixel iPhone photo takes the decoder a second or more of
 * solid CPU; in the desktop app's main process that would freeze every window, menu and save for as long. One
 * worker, started on the first photo and kept for the next ones; it does not keep the app alive when idle. A
 * worker that dies (out of memory on a hostile file) fails the photos it held and is started afresh for the next.
 */
export function heicDecoderInWorker(startWorker: () => Worker): HeicDecoder {
  let worker: Worker | undefined;
  let nextId = 1;
  const pending = new Map<number, (result: HeicDecode) => void>();

  const failAll = (error: string) => {
    for (const settle of pending.values()) settle({ ok: false, error });
    pending.clear();
    worker = undefined;
  };
  const running = () => {
    if (worker) return worker;
    const started = startWorker();
    started.on('message', ({ id, result }: { id: number; result: HeicDecode }) => {
      const settle = pending.get(id);
      pending.delete(id);
      settle?.(result);
      if (pending.size === 0) started.unref();
    });
    started.on('error', (error) => failAll(`the HEIC decoder stopped (${error.message})`));
    started.on('exit', (code) => {
      if (worker === started) failAll(`the HEIC decoder stopped (exit code ${code})`);
    });
    worker = started;
    return started;
  };

  return (bytes, maxLongSide) =>
    new Promise<HeicDecode>((resolve) => {
      const id = nextId++;
      pending.set(id, resolve);
      const target = running();
      target.ref();
      // A copy is sent: the caller's bytes stay usable (the IPC payload belongs to the request).
      target.postMessage({ id, bytes, maxLongSide } satisfies HeicJob);
    });
}
