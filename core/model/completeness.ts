import type { Briefing } from './briefing.ts';
import { parseBriefing } from './parse.ts';
import { InputError, type Problem, type Result } from './problems.ts';

const blank = (text: string | undefined) => text === undefined || text.trim() === '';

/**
 * What a draft may leave blank but an exported briefing may not: the title and every name, heading, action and
 * recipient line the user started. Paths as in schema errors: `attendees[3].name: required`.
 */
export function missingContent(briefing: Briefing): Problem[] {
  const problems: Problem[] = [];
  const need = (text: string | undefined, path: string) => {
    if (blank(text)) problems.push({ path, message: 'required' });
  };
  need(briefing.meta.title, 'meta.title');
  briefing.attendees.forEach((a, i) => need(a.name, `attendees[${i}].name`));
  briefing.sections.forEach((section, s) => {
    const at = `sections[${s}]`;
    switch (section.type) {
      case 'sites':
        section.sites.forEach((site, i) => need(site.name, `${at}.sites[${i}].name`));
        break;
      case 'remarks':
        section.remarks.forEach((remark, i) => {
          if ('name' in remark.speaker) need(remark.speaker.name, `${at}.remarks[${i}].speaker.name`);
        });
        break;
      case 'text':
        need(section.heading, `${at}.heading`);
        break;
      case 'followUps':
        section.items.forEach((item, i) => need(item.action, `${at}.items[${i}].action`));
        break;
      case 'distribution':
        section.lines.forEach((line, i) => need(line.recipients, `${at}.lines[${i}].recipients`));
        break;
      default:
        break;
    }
  });
  return problems;
}

/** A briefing ready to export: structurally valid and complete. What `briefing validate` and export require. */
export function parseCompleteBriefing(raw: unknown): Result<Briefing> {
  const parsed = parseBriefing(raw);
  if (!parsed.ok) return parsed;
  const missing = missingContent(parsed.value);
  return missing.length > 0 ? { ok: false, problems: missing } : parsed;
}

/** Throws InputError naming every blank required field, for callers about to export. */
export function assertComplete(briefing: Briefing, file?: string): void {
  const missing = missingContent(briefing);
  if (missing.length > 0) throw new InputError(missing, file);
}
