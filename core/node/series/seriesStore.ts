import { mkdir, readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { InputError } from '../../model/index.ts';
import { issueKey, nextNumber, type IssueKind, type IssueRef, type Series, type SeriesSource } from '../../series/index.ts';
import { createExclusive, errorCode, isReadOnlyError, type CreateExclusive } from './exclusiveFile.ts';
import { compareRefs, readClaims, readSeriesFile, seriesPaths, writeSeriesFile } from './seriesFiles.ts';
import { SeriesLockError, withSeriesLock } from './seriesLock.ts';

/** This computer's series folder and the shared ones (each a `.briefing-series` folder of a shared template folder). */
export interface SeriesFolders {
  user: string;
  shared: readonly string[];
}

export interface SeriesEntry {
  id: string;
  source: SeriesSource;
  file: string;
  series?: Series;
  /** "…/x.json: counter.issue: required" — empty when the file is valid. */
  problems: string[];
}

export interface TakenNumber {
  number: IssueRef;
  series: Series;
}

/** Someone else changed or created the series since it was read. */
export class SeriesConflictError extends Error {
  override name = 'SeriesConflictError';
}

/** How many claims may turn out taken in a row before giving up (each one means another computer raced us). */
const MAX_CLAIM_ATTEMPTS = 50;

/**
 * Bulletin series on disk. The counter lives in the series file, which is only ever rewritten while holding the
 * series lock; each number handed out is also claimed by creating `<id>.claims/<key>.json` exclusively, so even a
 * lock someone deleted by hand cannot hand one number out twice.
 */
export class SeriesStore {
  private readonly create: CreateExclusive;
  private readonly now: () => Date;

  constructor(
    private readonly folders: SeriesFolders,
    options: { create?: CreateExclusive; now?: () => Date; lockWaitMs?: number } = {},
  ) {
    this.create = options.create ?? createExclusive;
    this.now = options.now ?? (() => new Date());
    this.lockWaitMs = options.lockWaitMs;
  }

  private readonly lockWaitMs: number | undefined;

  private sources(): { source: SeriesSource; folder: string }[] {
    return [{ source: 'user', folder: this.folders.user }, ...this.folders.shared.map((folder) => ({ source: 'shared' as const, folder }))];
  }

  async list(): Promise<SeriesEntry[]> {
    const perFolder = await Promise.all(this.sources().map(({ source, folder }) => this.listFolder(source, folder)));
    const seen = new Set<string>();
    // The first folder that has an id wins (user before shared), as templates do; a later copy is reported.
    return perFolder.flat().map((entry) => {
      if (seen.has(entry.id)) return { ...entry, series: undefined, problems: [...entry.problems, `${entry.file}: series id "${entry.id}" is also used in an earlier folder, which is used instead`] };
      seen.add(entry.id);
      return entry;
    });
  }

  private async listFolder(source: SeriesSource, folder: string): Promise<SeriesEntry[]> {
    let names: string[];
    try {
      names = (await readdir(folder)).filter((name) => name.endsWith('.json') && !name.startsWith('.')).sort();
    } catch (error) {
      if (errorCode(error) === 'ENOENT' || errorCode(error) === 'ENOTDIR') return [];
      return [{ id: path.basename(folder), source, file: folder, problems: [`${folder}: cannot read this series folder (${errorCode(error) ?? String(error)})`] }];
    }
    return Promise.all(
      names.map(async (name): Promise<SeriesEntry> => {
        const file = path.join(folder, name);
        const id = name.slice(0, -5);
        try {
          const series = await readSeriesFile(file);
          if (!series) return { id, source, file, problems: [`${file}: disappeared while reading`] };
          if (series.id !== id) return { id, source, file, problems: [`${file}: id: "${series.id}" does not match the file name`] };
          return { id, source, file, series, problems: [] };
        } catch (error) {
          return { id, source, file, problems: error instanceof InputError ? error.message.split('\n') : [`${file}: ${String(error)}`] };
        }
      }),
    );
  }

  /** The series and every number handed out in it, for the checker's 期号 rule. */
  async get(id: string): Promise<{ series: Series; source: SeriesSource; numbers: IssueRef[] }> {
    const { series, source, folder } = await this.locate(id);
    return { series, source, numbers: await readClaims(seriesPaths(folder, id).claims) };
  }

  private async locate(id: string): Promise<{ series: Series; source: SeriesSource; folder: string }> {
    for (const { source, folder } of this.sources()) {
      const series = await readSeriesFile(seriesPaths(folder, id).file);
      if (series) return { series, source, folder };
    }
    throw new InputError([{ path: 'seriesId', message: `no series "${id}" (it may have been removed, or its shared folder is not reachable)` }]);
  }

  private folderFor(source: SeriesSource): string {
    if (source === 'user') return this.folders.user;
    const shared = this.folders.shared[0];
    if (!shared) throw new InputError([{ path: 'source', message: 'no shared folder is set up (BRIEFING_SHARED_TEMPLATES names the shared template folders)' }]);
    return shared;
  }

  /**
   * Creates a series (`expectedRevision` undefined) or replaces one that is still at `expectedRevision`. A
   * series someone else changed meanwhile (another editor, or a number taken) is refused, never overwritten.
   */
  async save(series: Series, source: SeriesSource, expectedRevision?: number): Promise<Series> {
    const existing = expectedRevision === undefined ? undefined : await this.locate(series.id).catch(() => undefined);
    const folder = existing?.folder ?? this.folderFor(source);
    const paths = seriesPaths(folder, series.id);
    await this.ensureFolder(folder, paths.lock);
    return withSeriesLock(
      paths.lock,
      async () => {
        const current = await readSeriesFile(paths.file);
        if (expectedRevision === undefined && current) throw new SeriesConflictError(`a series with id "${series.id}" already exists in ${folder}`);
        if (expectedRevision !== undefined && !current) throw new SeriesConflictError(`the series "${series.name}" no longer exists in ${folder}`);
        if (current && current.revision !== expectedRevision) {
          throw new SeriesConflictError(`the series "${current.name}" was changed by someone else (a number may have been taken); reopen it and make your change again`);
        }
        const written = { ...series, revision: (current?.revision ?? 0) + 1 };
        await writeSeriesFile(paths.file, written);
        return written;
      },
      this.lockOptions(),
    );
  }

  /** Hands out the next number of a series; two computers asking at once get two numbers, or a clear refusal. */
  async takeNumber(id: string, kind: IssueKind): Promise<TakenNumber> {
    const { folder } = await this.locate(id);
    const paths = seriesPaths(folder, id);
    return withSeriesLock(
      paths.lock,
      async () => {
        const series = await readSeriesFile(paths.file);
        if (!series) throw new InputError([{ path: 'seriesId', message: `the series "${id}" was removed` }], paths.file);
        const taken = await readClaims(paths.claims);
        await mkdir(paths.claims, { recursive: true }).catch((error: unknown) => {
          throw isReadOnlyError(error) ? readOnly(paths.claims, error) : error;
        });
        for (let attempt = 0; attempt < MAX_CLAIM_ATTEMPTS; attempt++) {
          const next = nextNumber(series.counter, this.now(), kind, taken);
          const claim = { ...next.number, takenAt: this.now().toISOString(), takenBy: `${safeUser()}@${os.hostname()}` };
          try {
            await this.create(path.join(paths.claims, `${issueKey(next.number)}.json`), `${JSON.stringify(claim)}\n`);
          } catch (error) {
            if (errorCode(error) === 'EEXIST') {
              taken.push(next.number);
              taken.sort(compareRefs);
              continue;
            }
            throw isReadOnlyError(error) ? readOnly(paths.claims, error) : error;
          }
          const written = { ...series, counter: next.counter, revision: series.revision + 1 };
          await writeSeriesFile(paths.file, written);
          return { number: next.number, series: written };
        }
        throw new SeriesLockError('busy', `could not claim a number in ${paths.claims}: ${MAX_CLAIM_ATTEMPTS} numbers in a row were taken`);
      },
      this.lockOptions(),
    );
  }

  private lockOptions() {
    return { create: this.create, ...(this.lockWaitMs !== undefined ? { waitMs: this.lockWaitMs } : {}) };
  }

  private async ensureFolder(folder: string, lock: string): Promise<void> {
    try {
      await mkdir(folder, { recursive: true });
    } catch (error) {
      throw isReadOnlyError(error) ? readOnly(lock, error) : error;
    }
  }
}

function readOnly(where: string, error: unknown): SeriesLockError {
  return new SeriesLockError('read-only', `cannot take a number here: ${where} cannot be written (${errorCode(error)}: the folder is read-only or you may not write to it)`);
}

function safeUser(): string {
  try {
    return os.userInfo().username;
  } catch {
    return 'unknown';
  }
}
