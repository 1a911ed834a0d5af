import type { Language } from '../../model/index.ts';
import { dateFormatFor, formatDate, type TemplateManifest } from '../../template/index.ts';

/** A date as the plan prints it: in the template's format, in the document's language (see dateFormatFor). */
export function planDate(iso: string, manifest: TemplateManifest, language: Language): string {
  return formatDate(iso, dateFormatFor(manifest.date, language));
}
