import { randomUUID } from 'node:crypto';
import { readFile, stat, unlink } from 'node:fs/promises';
import os from 'node:os';
import { createExclusive, errorCode, isReadOnlyError, type CreateExclusive } from './exclusiveFile.ts';

/** A series is locked only for the few milliseconds it takes to read the counter and write it back. */
const WAIT_MS = 10_000;
/** A lock older than this was left by a program that died holding it (a crash, a cut network). */
export const STALE_LOCK_MS = 30_000;

export interface LockHolder {
  host: string;
  user: string;
  pid: number;
  at: string;
  token: string;
}

/** Why a series could not be locked; the message says what the user can do. */
export class SeriesLockError extends Error {
  override name = 'SeriesLockError';
  constructor(
    readonly reason: 'busy' | 'stale' | 'read-only',
    message: string,
  ) {
    super(message);
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function holderOf(file: string): Promise<{ holder?: Partial<LockHolder>; ageMs?: number }> {
  try {
    const [text, info] = await Promise.all([readFile(file, 'utf8'), stat(file)]);
    let holder: Partial<LockHolder> | undefined;
    try {
      holder = JSON.parse(text) as Partial<LockHolder>;
    } catch {
      holder = undefined;
    }
    return { ...(holder ? { holder } : {}), ageMs: Date.now() - info.mtimeMs };
  } catch {
    return {};
  }
}

const who = (holder?: Partial<LockHolder>) =>
  holder?.user || holder?.host ? `${holder.user ?? '?'} on ${holder.host ?? '?'}${holder.at ? ` (since ${holder.at})` : ''}` : 'another program';

/**
 * Holds `<series>.lock` while `work` runs: the lock is a file created exclusively, so two people on one shared
 * folder take turns. A lock still there after waiting is reported, never broken silently: breaking it while its
 * owner still writes is how two briefings would get one number.
 */
export async function withSeriesLock<T>(
  lockFile: string,
  work: () => Promise<T>,
  options: { create?: CreateExclusive; waitMs?: number } = {},
): Promise<T> {
  const create = options.create ?? createExclusive;
  const me: LockHolder = { host: os.hostname(), user: safeUser(), pid: process.pid, at: new Date().toISOString(), token: randomUUID() };
  const deadline = Date.now() + (options.waitMs ?? WAIT_MS);
  for (let attempt = 0; ; attempt++) {
    try {
      await create(lockFile, `${JSON.stringify(me)}\n`);
      break;
    } catch (error) {
      if (isReadOnlyError(error)) {
        throw new SeriesLockError('read-only', `cannot take a number here: ${lockFile} cannot be created (${errorCode(error)}: the folder is read-only or you may not write to it)`);
      }
      if (errorCode(error) !== 'EEXIST') throw error;
      if (Date.now() > deadline) {
        const { holder, ageMs } = await holderOf(lockFile);
        if (ageMs !== undefined && ageMs > STALE_LOCK_MS) {
          throw new SeriesLockError(
            'stale',
            `the series is locked by ${who(holder)} and the lock looks abandoned: if nobody is taking a number or editing this series now, delete ${lockFile} and try again`,
          );
        }
        throw new SeriesLockError('busy', `the series is being numbered by ${who(holder)}; try again in a moment (${lockFile})`);
      }
      // Random back-off, so two computers that collided do not collide again in step.
      await sleep(5 + Math.random() * Math.min(200, 10 * 2 ** Math.min(attempt, 5)));
    }
  }
  try {
    return await work();
  } finally {
    await releaseIfOurs(lockFile, me.token);
  }
}

async function releaseIfOurs(lockFile: string, token: string): Promise<void> {
  try {
    const current = JSON.parse(await readFile(lockFile, 'utf8')) as Partial<LockHolder>;
    if (current.token === token) await unlink(lockFile);
  } catch {
    // Gone already, or unreadable: nothing of ours to remove.
  }
}

function safeUser(): string {
  try {
    return os.userInfo().username;
  } catch {
    return '';
  }
}
