import { stat } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { JsonStore } from './jsonStore.ts';

export const MAX_RECENT = 10;

const RecentSchema = z.object({ paths: z.array(z.string().min(1)).max(100) });

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/** The recently opened or saved briefings, most recent first, at most ten, each once; gone files drop out. */
export class RecentFiles {
  private readonly store: JsonStore<z.infer<typeof RecentSchema>>;

  constructor(userDataDir: string, private readonly onChange: (paths: string[]) => void = () => undefined) {
    this.store = new JsonStore(path.join(userDataDir, 'recent.json'), RecentSchema, () => ({ paths: [] }));
  }

  async list(): Promise<string[]> {
    const { paths } = await this.store.read();
    const present: string[] = [];
    for (const file of paths) if (await isFile(file)) present.push(file);
    if (present.length === paths.length) return present;
    return this.save(present);
  }

  async add(file: string): Promise<string[]> {
    const full = path.resolve(file);
    const { paths } = await this.store.read();
    return this.save([full, ...paths.filter((p) => p !== full)].slice(0, MAX_RECENT));
  }

  async has(file: string): Promise<boolean> {
    return (await this.store.read()).paths.includes(path.resolve(file));
  }

  async clear(): Promise<void> {
    await this.save([]);
  }

  private async save(paths: string[]): Promise<string[]> {
    const { paths: written } = await this.store.update(() => ({ paths }));
    this.onChange(written);
    return written;
  }
}
