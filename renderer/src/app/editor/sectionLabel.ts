import type { TFunction } from 'i18next';
import type { SectionType } from '../../../../core/model/index.ts';
import type { Template } from '../../../../core/template/index.ts';

/**
 * What the outline calls a section: what the export prints as its heading (its own heading, else the template's
 * label in the briefing's language), else the name of its type while the template loads.
 */
export function sectionLabel(
  section: { type: SectionType; heading?: string | undefined },
  t: TFunction<'app'>, template?: Template, language?: 'zh-CN' | 'en'): string {
  const own = section.heading?.trim();
  if (own) return own;
  const printed = template && language && section.type !== 'text' ? template.manifest.labels[language][section.type] : undefined;
  return printed?.trim() || t(`sectionTypes.${section.type}`);
}

/** The outline entry for the briefing's header fields (MetaForm), listed before the sections. */
export const DETAILS = 'details';
