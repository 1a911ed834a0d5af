import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';

/** What a file was when this session last read or wrote it: enough to tell whether someone else has changed it since. */
export interface FileVersion {
  size: number;
  mtimeMs: number;
  sha256: string;
}

const hashOf = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export function versionOfBytes(bytes: Uint8Array, info: { size: number; mtimeMs: number }): FileVersion {
  return { size: info.size, mtimeMs: info.mtimeMs, sha256: hashOf(bytes) };
}

/** The file's version now, or undefined when it is gone. */
export async function currentVersion(file: string): Promise<FileVersion | undefined> {
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) return undefined;
  return versionOfBytes(new Uint8Array(await readFile(file)), info);
}

/**
 * Whether the file is no longer the version this session knows. Same size and time: unchanged, without reading
 * it. Otherwise the content decides, so a copy that only touched the time (a backup tool, a sync client) is not
 * a conflict. Works on network shares: nothing here relies on locks.
 */
export async function changedSince(file: string, known: FileVersion): Promise<boolean> {
  const info = await stat(file).catch(() => undefined);
  if (!info) return false; // deleted: writing it again loses nobody's work
  if (info.size === known.size && info.mtimeMs === known.mtimeMs) return false;
  return (await currentVersion(file))?.sha256 !== known.sha256;
}
