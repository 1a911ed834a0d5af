import { open, realpath, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { removeStaleTemps, tempPathFor } from './tempFiles.ts';

/** Writes every byte to an open file. A parameter so a test can make the write fail, or stall, halfway. */
export type WriteAll = (handle: FileHandle, bytes: Uint8Array) => Promise<void>;

const writeAllBytes: WriteAll = async (handle, bytes) => {
  await handle.writeFile(bytes);
};

/** A symlink is written through, so the link keeps pointing at the (new) file instead of being replaced. */
async function resolveTarget(filePath: string): Promise<string> {
  try {
    return await realpath(filePath);
  } catch {
    return path.resolve(filePath);
  }
}

async function existingMode(filePath: string): Promise<number | undefined> {
  try {
    return (await stat(filePath)).mode & 0o7777;
  } catch {
    return undefined;
  }
}

/** Makes the rename itself durable. Not every platform can open a folder for syncing, hence best effort. */
async function syncFolder(dir: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch {
    // Windows, some network file systems: the rename is still atomic, only its durability is the OS's business.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/**
 * Replaces a file so that, whatever happens, it holds either its old bytes or all the new ones: the bytes go to a
 * temp file in the same folder (so rename never crosses file systems), which is synced to disk and then renamed
 * over the target. On failure the temp file is removed and the old file is untouched; after a hard crash the
 * hidden temp file (tempFiles.ts names it) may stay behind, never in the target's place, and the next save or
 * open of that document removes it.
 */
export async function writeFileAtomic(filePath: string, bytes: Uint8Array, writeAll: WriteAll = writeAllBytes): Promise<void> {
  const target = await resolveTarget(filePath);
  const dir = path.dirname(target);
  await removeStaleTemps(dir, target);
  const temp = tempPathFor(target);
  const mode = await existingMode(target);
  let handle: FileHandle | undefined;
  try {
    handle = await open(temp, 'wx', mode ?? 0o666);
    if (mode !== undefined) await handle.chmod(mode);
    await writeAll(handle, bytes);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(temp, target);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    // A message about the hidden temp file would puzzle the user: the file they asked for is the one that failed.
    if (error instanceof Error) {
      error.message = error.message.replaceAll(temp, filePath);
      if ('path' in error && error.path === temp) error.path = filePath;
    }
    throw error;
  }
  await syncFolder(dir);
}
