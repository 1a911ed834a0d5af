/**
 * The HEIC decoder's worker thread (see heicInWorker.ts): decodes what the main thread sends and posts the result
 * back, its pixel buffer transferred rather than copied. Imports no Electron: a worker has none.
 */
import { parentPort } from 'node:worker_threads';
import { decodeHeic } from './decodeHeic.ts';

export interface HeicJob {
  id: number;
  bytes: Uint8Array;
  maxLongSide: number;
}

const port = parentPort;
if (port) {
  port.on('message', (job: HeicJob) => {
    void decodeHeic(job.bytes, job.maxLongSide)
      .catch((error: unknown) => ({ ok: false as const, error: `the HEIC file cannot be read (${error instanceof Error ? error.message : String(error)})` }))
      .then((result) => port.postMessage({ id: job.id, result }, result.ok ? [result.photo.rgba.buffer as ArrayBuffer] : []));
  });
}
