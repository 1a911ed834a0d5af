import path from 'node:path';
import { z } from 'zod';
import { LanguageSchema, type Language } from '../../model/index.ts';
import { JsonStore } from './jsonStore.ts';

const SettingsSchema = z.object({
  language: LanguageSchema.optional(),
  /** Checker rules switched off for every briefing (the Problems panel's "off for good"). */
  // A mangled list is dropped on its own, so it never costs the user their language choice.
  disabledRules: z.array(z.string().regex(/^[a-z0-9-]{1,64}$/)).max(200).optional().catch(undefined),
});
export type Settings = z.infer<typeof SettingsSchema>;

/** The user's choices that outlive a session: the UI language (unset: follow the OS) and checker rules off. */
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

  /** Switches a checker rule off (or back on) for every briefing; resolves to the rules now off, sorted. */
  async setRuleEnabled(rule: string, enabled: boolean): Promise<string[]> {
    const next = await this.store.update((current) => {
      const rules = new Set(current.disabledRules ?? []);
      if (enabled) rules.delete(rule);
      else rules.add(rule);
      return { ...current, disabledRules: [...rules].sort() };
    });
    return next.disabledRules ?? [];
  }
}
