import path from 'node:path';
import { z } from 'zod';
import { LanguageSchema, type Language } from '../../model/index.ts';
import { JsonStore } from './jsonStore.ts';

const SettingsSchema = z.object({ language: LanguageSchema.optional() });
export type Settings = z.infer<typeof SettingsSchema>;

/** The user's choices that outlive a session. Only the UI language so far; unset means "follow the OS". */
export class SettingsStore {
  private readonly store: JsonStore<Settings>;

  constructor(userDataDir: string) {
    this.store = new JsonStore(path.join(userDataDir, 'settings.json'), SettingsSchema, () => ({}));
  }

  read(): Promise<Settings> {
    return this.store.read();
  }

  async setLanguage(language: Language): Promise<void> {
    await this.store.update((current) => ({ ...current, language }));
  }
}
