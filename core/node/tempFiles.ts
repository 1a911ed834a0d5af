import { randomBytes } from 'node:crypto';
import { readdir, stat, unlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/**
 * The temp files of atomic saves: hidden, beside their target, named after it with a marker, the machine and the
 * process that writes them — `.report.briefing.~bc.<host>.<pid>.<random>.tmp` — so that after a crash they can be
 * recognised and removed by the next open or save, and never mistaken for a user's own file.
 */
const MARKER = '.~bc.';
/** Nobody's save takes this long; a temp file left this long by another machine (a network share) is abandoned. */
export const ABANDONED_AFTER_MS = 60 * 60 * 1000;

const thisHost = () => os.hostname().replace(/[^A-Za-z0-9-]/g, '').slice(0, 32) || 'host';

export function tempPathFor(target: string): string {
  const name = `.${path.basename(target)}${MARKER}${thisHost()}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  return path.join(path.dirname(target), name);
}

interface TempName {
  target: string;
  host: string;
  pid: number;
}

export function parseTempName(name: string): TempName | undefined {
  if (!name.startsWith('.') || !name.endsWith('.tmp')) return undefined;
  const at = name.lastIndexOf(MARKER);
  if (at <= 1) return undefined;
  const [host, pid, random] = name.slice(at + MARKER.length, -'.tmp'.length).split('.');
  if (!host || !/^\d+$/.test(pid ?? '') || !/^[0-9a-f]{8}$/.test(random ?? '')) return undefined;
  return { target: name.slice(1, at), host, pid: Number(pid) };
}

/** Whether a process of this machine is running (EPERM: it is, but another user's). */
function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the temp files in `dir` that no live save owns: this machine's whose process is gone, and any left
 * untouched for ABANDONED_AFTER_MS (another machine's on a share). Only those of `target` when it is given.
 * Best effort: a file that cannot be read or removed stays, and nothing is thrown.
 */
export async function removeStaleTemps(dir: string, target?: string, now = Date.now()): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of names) {
    const temp = parseTempName(name);
    if (!temp || (target !== undefined && temp.target !== path.basename(target))) continue;
    const file = path.join(dir, name);
    const mtime = await stat(file).then((info) => info.mtimeMs, () => undefined);
    if (mtime === undefined) continue;
    const orphaned = temp.host === thisHost() && !alive(temp.pid);
    if (!orphaned && now - mtime < ABANDONED_AFTER_MS) continue;
    if (await unlink(file).then(() => true, () => false)) removed.push(file);
  }
  return removed;
}
