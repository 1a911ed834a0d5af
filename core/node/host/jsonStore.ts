import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { writeFileAtomic } from '../atomicWrite.ts';

/**
 * One small JSON file in the app's data folder (recent files, settings, window state). A missing, unreadable or
 * hand-mangled file reads as the fallback rather than breaking the app; writes are atomic and queued, so two
 * quick updates never interleave a read with the other's write.
 */
export class JsonStore<T> {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly file: string,
    private readonly schema: z.ZodType<T>,
    private readonly fallback: () => T,
  ) {}

  async read(): Promise<T> {
    await this.queue.catch(() => undefined);
    return this.readNow();
  }

  /** Reads, changes and writes back as one step; resolves to the value written. */
  update(change: (current: T) => T | Promise<T>): Promise<T> {
    const next = this.queue.catch(() => undefined).then(async () => {
      const value = await change(await this.readNow());
      await mkdir(path.dirname(this.file), { recursive: true });
      await writeFileAtomic(this.file, new TextEncoder().encode(`${JSON.stringify(value, null, 2)}\n`));
      return value;
    });
    this.queue = next;
    return next;
  }

  private async readNow(): Promise<T> {
    try {
      const parsed = this.schema.safeParse(JSON.parse(await readFile(this.file, 'utf8')));
      return parsed.success ? parsed.data : this.fallback();
    } catch {
      return this.fallback();
    }
  }
}
