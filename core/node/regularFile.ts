import { constants } from 'node:fs';
import { open, realpath, type FileHandle } from 'node:fs/promises';
import path from 'node:path';

/** Why a file was not read, in the few words a person needs (the caller adds which file and field). */
export type ReadRefusal =
  | { reason: 'missing' | 'denied' | 'folder' | 'not-a-file' | 'outside-folder' | 'unstable' }
  | { reason: 'too-large'; limit: number; size?: number }
  | { reason: 'error'; message: string };

export type RegularFileRead =
  | { ok: true; bytes: Uint8Array; realPath: string; /** fstat of the handle read from, before the read. */ info: { size: number; mtimeMs: number } }
  | ({ ok: false } & ReadRefusal);

function refusalOf(error: unknown): ReadRefusal {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return { reason: 'missing' };
  if (code === 'EACCES' || code === 'EPERM') return { reason: 'denied' };
  // O_NOFOLLOW met a link that appeared after realpath; a device node that will not open without blocking.
  if (code === 'EISDIR') return { reason: 'folder' };
  if (code === 'ELOOP' || code === 'ENXIO') return { reason: 'not-a-file' };
  const message = error instanceof Error ? error.message : String(error);
  // Node's own text can carry what the user cannot act on (a NUL byte, an internal code): keep it short.
  return { reason: 'error', message: message.split('\n')[0]!.slice(0, 200) };
}

const isInside = (file: string, folder: string) => {
  const relative = path.relative(folder, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
};

/** Reads at most `limit` bytes; one more means the file is larger than allowed, whatever its stat size said. */
async function readAtMost(handle: FileHandle, limit: number): Promise<Uint8Array | undefined> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    // At least 8 bytes: pseudo-files that accept only whole words still answer, and are caught by the size.
    const buffer = new Uint8Array(Math.max(8, Math.min(1 << 20, limit + 1 - total)));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
    if (bytesRead === 0) break;
    chunks.push(buffer.subarray(0, bytesRead));
    total += bytesRead;
    if (total > limit) return undefined;
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

/**
 * Reads a regular file, bounded: FIFOs, devices, sockets and folders are refused without blocking (the file is
 * opened non-blocking, then judged by fstat of the open handle, so nothing can swap it between check and read),
 * a size over `limit` is refused before reading, and the read stops one byte past the size fstat reported, so a
 * size that lies (procfs files say 0) is refused, not followed. With `within`, the file's real path (links
 * followed) must lie inside that folder.
 */
export async function readRegularFile(file: string, limit: number, within?: string): Promise<RegularFileRead> {
  let real: string;
  let handle: FileHandle | undefined;
  try {
    real = await realpath(file);
    if (within !== undefined && !isInside(real, await realpath(within))) return { ok: false, reason: 'outside-folder' };
    handle = await open(real, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
    const info = await handle.stat();
    if (info.isDirectory()) return { ok: false, reason: 'folder' };
    if (!info.isFile()) return { ok: false, reason: 'not-a-file' };
    if (info.size > limit) return { ok: false, reason: 'too-large', limit, size: info.size };
    // Never more than the size fstat gave: a file with more to read is being written, or is a system file
    // whose size is a fiction (procfs says 0), and memory stays bounded by what was checked above.
    const bytes = await readAtMost(handle, info.size).catch((error: unknown) => {
      // Some pseudo-files refuse reads of the wrong shape (pagemap wants 8-byte reads): the same fiction.
      if (info.size === 0) return undefined;
      throw error;
    });
    return bytes ? { ok: true, bytes, realPath: real, info: { size: info.size, mtimeMs: info.mtimeMs } } : { ok: false, reason: 'unstable' };
  } catch (error) {
    return { ok: false, ...refusalOf(error) };
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** A refusal as words: `no such file`, `permission denied`. */
export function describeRefusal(refusal: ReadRefusal): string {
  switch (refusal.reason) {
    case 'missing':
      return 'no such file';
    case 'denied':
      return 'permission denied';
    case 'folder':
      return 'it is a folder, not a file';
    case 'not-a-file':
      return 'it is not a regular file';
    case 'outside-folder':
      return "it lies outside the briefing's folder";
    case 'unstable':
      return 'it changed while being read, or is a system file whose size is not known';
    case 'too-large':
      return `it is larger than ${refusal.limit} bytes`;
    case 'error':
      return refusal.message;
  }
}
