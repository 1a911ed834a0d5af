import { mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { InputError, problemsFromZod } from '../../model/index.ts';
import { IssueRefSchema, SeriesSchema, parseIssueKey, type IssueRef, type Series } from '../../series/index.ts';
import { writeFileAtomic } from '../atomicWrite.ts';
import { describeRefusal, readRegularFile } from '../regularFile.ts';

const MAX_SERIES_BYTES = 1024 * 1024;
const MAX_CLAIM_BYTES = 64 * 1024;

/** The three names a series has in its folder: its data, its lock, and the folder of numbers handed out. */
export function seriesPaths(folder: string, id: string) {
  return {
    file: path.join(folder, `${id}.json`),
    lock: path.join(folder, `${id}.lock`),
    claims: path.join(folder, `${id}.claims`),
  };
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError([{ path: '(document)', message: `not valid JSON: ${(error as Error).message}` }], file);
  }
}

/** A series file, validated; undefined when there is none. Anything wrong is an InputError naming file and field. */
export async function readSeriesFile(file: string): Promise<Series | undefined> {
  const read = await readRegularFile(file, MAX_SERIES_BYTES);
  if (!read.ok) {
    if (read.reason === 'missing') return undefined;
    throw new InputError([{ path: '(file)', message: `cannot read this series (${describeRefusal(read)})` }], file);
  }
  const parsed = SeriesSchema.safeParse(parseJson(new TextDecoder().decode(read.bytes), file), { reportInput: true });
  if (!parsed.success) throw new InputError(problemsFromZod(parsed.error), file);
  return parsed.data;
}

export async function writeSeriesFile(file: string, series: Series): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFileAtomic(file, new TextEncoder().encode(`${JSON.stringify(series, null, 2)}\n`));
}

/**
 * Every number handed out, read from the claim files (`2026-13.json`, `2026-s2.json`). The file name is the
 * claim; its content adds the total. A file whose name is not a claim is ignored; an unreadable one still counts
 * by its name, so a damaged claim can never let its number be handed out twice.
 */
export async function readClaims(claimsDir: string): Promise<IssueRef[]> {
  let names: string[];
  try {
    names = await readdir(claimsDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const refs = await Promise.all(
    names.map(async (name): Promise<IssueRef | undefined> => {
      const key = name.endsWith('.json') ? parseIssueKey(name.slice(0, -5)) : undefined;
      if (!key) return undefined;
      const read = await readRegularFile(path.join(claimsDir, name), MAX_CLAIM_BYTES);
      if (read.ok) {
        try {
          const content = IssueRefSchema.partial().safeParse(JSON.parse(new TextDecoder().decode(read.bytes)));
          const total = content.success ? content.data.total : undefined;
          return { ...key, ...(total !== undefined && !key.supplement ? { total } : {}) };
        } catch {
          // Half-written by a computer that lost the share mid-write: the name alone still holds the number.
        }
      }
      return key;
    }),
  );
  return refs.filter((r): r is IssueRef => r !== undefined).sort(compareRefs);
}

export function compareRefs(a: IssueRef, b: IssueRef): number {
  return a.year - b.year || Number(a.supplement) - Number(b.supplement) || a.issue - b.issue;
}
