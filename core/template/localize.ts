import type { Language } from '../model/index.ts';
import type { LabelKey, Localized, TemplateManifest } from './manifest.ts';

/** The text for the briefing's language, falling back to the other language rather than printing nothing. */
export function localize(text: Localized, language: Language): string {
  return text[language] ?? text[language === 'en' ? 'zh-CN' : 'en'] ?? '';
}

export function label(manifest: TemplateManifest, language: Language, key: LabelKey): string {
  return manifest.labels[language][key];
}

/** Fills `{name}` placeholders; unknown placeholders are left as written so a template typo is visible. */
export function fillPattern(pattern: string, values: Record<string, string | number>): string {
  // A replacer function, so "$&" or "{date}" inside a user's text is inserted literally, never re-expanded.
  return pattern.replace(/\{([a-z]+)\}/gi, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
