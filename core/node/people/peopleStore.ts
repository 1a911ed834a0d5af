import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { InputError, problemsFromZod, type Attendee } from '../../model/index.ts';
import { PEOPLE_FORMAT_VERSION, PeopleFileSchema, recordAttendees, type Person } from '../../people/index.ts';
import { writeFileAtomic } from '../atomicWrite.ts';
import { describeRefusal, readRegularFile } from '../regularFile.ts';

const MAX_FILE_BYTES = 16 * 1024 * 1024;
export const newPersonId = () => `p-${randomUUID().replace(/-/g, '').slice(0, 12)}`;

/**
 * The people directory: one JSON file in the user's data folder, written atomically, changes queued one after
 * another. A damaged file is reported with its path and field and left alone (never replaced by an empty list):
 * years of names are worth more than one failed completion.
 */
export class PeopleStore {
  readonly file: string;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    userDataDir: string,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.file = path.join(userDataDir, 'people.json');
  }

  async list(): Promise<Person[]> {
    await this.queue.catch(() => undefined);
    return this.readNow();
  }

  /** Replaces the whole directory (the People view saves its edits, merges and imports this way). */
  replace(people: readonly Person[]): Promise<Person[]> {
    return this.change(() => [...people]);
  }

  /** Remembers a briefing's attendees; resolves to the directory after. */
  record(attendees: readonly Attendee[]): Promise<Person[]> {
    return this.change((current) => recordAttendees(current, attendees, this.now(), newPersonId));
  }

  private change(update: (current: Person[]) => Person[]): Promise<Person[]> {
    const next = this.queue.catch(() => undefined).then(async () => {
      const people = update(await this.readNow());
      const checked = PeopleFileSchema.safeParse({ formatVersion: PEOPLE_FORMAT_VERSION, people }, { reportInput: true });
      if (!checked.success) throw new InputError(problemsFromZod(checked.error), this.file);
      await mkdir(path.dirname(this.file), { recursive: true });
      await writeFileAtomic(this.file, new TextEncoder().encode(`${JSON.stringify(checked.data, null, 1)}\n`));
      return checked.data.people;
    });
    this.queue = next;
    return next;
  }

  private async readNow(): Promise<Person[]> {
    const read = await readRegularFile(this.file, MAX_FILE_BYTES);
    if (!read.ok) {
      if (read.reason === 'missing') return [];
      throw new InputError([{ path: '(file)', message: `cannot read the people directory (${describeRefusal(read)})` }], this.file);
    }
    let raw: unknown;
    try {
      raw = JSON.parse(new TextDecoder().decode(read.bytes));
    } catch (error) {
      throw new InputError([{ path: '(document)', message: `not valid JSON: ${(error as Error).message}` }], this.file);
    }
    const parsed = PeopleFileSchema.safeParse(raw, { reportInput: true });
    if (!parsed.success) throw new InputError(problemsFromZod(parsed.error), this.file);
    return parsed.data.people;
  }
}
