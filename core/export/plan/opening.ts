import type { Briefing } from '../../model/index.ts';
import { fillPattern, localize, type TemplateManifest } from '../../template/index.ts';
import type { Block } from './blocks.ts';
import { planDate } from './planDate.ts';

/** "南宁市" and "南宁市某某公司" name the place once; otherwise location first, then the organisation. */
function placeOf(briefing: Briefing, separator: string): string {
  const location = briefing.meta.location?.trim() ?? '';
  const organisation = briefing.meta.organisationVisited?.trim() ?? '';
  if (organisation && location && organisation.includes(location)) return organisation;
  return [location, organisation].filter((part) => part !== '').join(separator);
}

/**
 * The sentence that opens the body of a template that asks for one (work briefings): when and where the visit
 * was, so the visit date, times, place and organisation the user typed are all printed.
 */
export function openingBlocks(briefing: Briefing, manifest: TemplateManifest): Block[] {
  const opening = manifest.opening;
  if (!opening) return [];
  const { meta } = briefing;
  const language = meta.language;
  const t = (text: Parameters<typeof localize>[0]) => localize(text, language);
  const times = [meta.startTime, meta.endTime].filter((time): time is string => Boolean(time));
  const time = times.length === 0 ? '' : fillPattern(t(opening.time), { time: times.join(language === 'zh-CN' ? '—' : '–') });
  const place = placeOf(briefing, t(opening.placeSeparator));
  const date = planDate(meta.visitDate, manifest, language);
  const text = fillPattern(t(place ? opening.pattern : opening.withoutPlace), { date, time, place });
  return [{ kind: 'paragraph', style: 'body', runs: [{ text }], source: 'meta.visitDate' }];
}

/** "（撰稿：周撰稿　审核：李审核）" closing the body, when the template has a credits line and the user named anyone. */
export function creditsBlocks(briefing: Briefing, manifest: TemplateManifest): Block[] {
  const credits = manifest.credits;
  const language = briefing.meta.language;
  if (!credits) return [];
  const colon = language === 'zh-CN' ? '：' : ': ';
  const parts = (['author', 'reviewer'] as const)
    .map((key) => ({ key, name: briefing.meta[key]?.trim() }))
    .filter((part): part is { key: 'author' | 'reviewer'; name: string } => Boolean(part.name))
    .map((part) => `${manifest.labels[language][part.key]}${colon}${part.name}`);
  if (parts.length === 0) return [];
  const text = fillPattern(localize(credits.pattern, language), { credits: parts.join(localize(credits.separator, language)) });
  return [{ kind: 'paragraph', style: 'credits', runs: [{ text }], source: briefing.meta.author?.trim() ? 'meta.author' : 'meta.reviewer' }];
}
