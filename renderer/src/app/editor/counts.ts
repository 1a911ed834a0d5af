import { richTextLines, type Briefing, type Section } from '../../../../core/model/index.ts';

/** Han, kana and hangul count one word per character, as Chinese word counts go; other scripts by runs. */
const CJK = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}`;
const LETTER = String.raw`(?:(?![${CJK}])[\p{L}\p{N}\p{M}])`;
const TOKEN = new RegExp(String.raw`[${CJK}]|${LETTER}+(?:['’.-]${LETTER}+)*`, 'gu');

export interface TextCounts {
  words: number;
  /** Characters without white space, each CJK character one (Word's "characters (no spaces)"). */
  characters: number;
}

export function countText(texts: readonly string[]): TextCounts {
  let words = 0;
  let characters = 0;
  for (const text of texts) {
    // Each CJK character is a token of its own; a run of letters or digits is one word.
    for (const _token of text.matchAll(TOKEN)) words++;
    for (const char of text) if (!/\s/u.test(char)) characters++;
  }
  return { words, characters };
}

function sectionTexts(section: Section, briefing: Briefing): string[] {
  const heading = section.heading ? [section.heading] : [];
  switch (section.type) {
    case 'attendees':
      return heading;
    case 'sites':
      return [...heading, ...section.sites.flatMap((s) => [s.name, s.time ?? '', ...richTextLines(s.description)])];
    case 'remarks':
      return [
        ...heading,
        ...section.remarks.flatMap((r) => ['name' in r.speaker ? r.speaker.name : '', r.role ?? '', ...richTextLines(r.body)]),
      ];
    case 'photos':
      return [
        ...heading,
        ...section.photoIds.flatMap((id) => {
          const item = briefing.media.find((m) => m.id === id);
          return item ? [item.caption ?? '', item.credit ?? ''] : [];
        }),
      ];
    case 'text':
      return [section.heading, ...richTextLines(section.body)];
    case 'followUps':
      return [...heading, ...section.items.flatMap((i) => [i.action, i.owner ?? ''])];
    case 'distribution':
      return [...heading, ...section.lines.map((l) => l.recipients), section.printedBy ?? ''];
  }
}

function headTexts(briefing: Briefing): string[] {
  const { meta } = briefing;
  const metaTexts = [meta.title, meta.subtitle, meta.location, meta.organisationVisited, meta.issuingOffice, meta.author, meta.reviewer];
  const people = briefing.attendees.flatMap((a) => [a.name, a.title ?? '', a.organisation ?? '']);
  return [...metaTexts.filter((t): t is string => Boolean(t)), ...people];
}

/** Everything the user wrote that the exports print, hidden sections left out. */
export function briefingTexts(briefing: Briefing): string[] {
  const sections = briefing.sections.filter((s) => !s.hidden).flatMap((s) => sectionTexts(s, briefing));
  return [...headTexts(briefing), ...sections];
}

/**
 * Counts per section object. Edits replace only the section they change, so after a keystroke one section is
 * counted again, not the whole briefing. A photos section's texts live in the briefing's media list: it is
 * counted each time (captions only, a few lines).
 */
const sectionCounts = new WeakMap<Section, TextCounts>();

function countSection(section: Section, briefing: Briefing): TextCounts {
  if (section.type === 'photos') return countText(sectionTexts(section, briefing));
  let counts = sectionCounts.get(section);
  if (!counts) {
    counts = countText(sectionTexts(section, briefing));
    sectionCounts.set(section, counts);
  }
  return counts;
}

/** countText(briefingTexts(briefing)), at the cost of the sections changed since the last count. */
export function countBriefing(briefing: Briefing): TextCounts {
  const total = countText(headTexts(briefing));
  for (const section of briefing.sections) {
    if (section.hidden) continue;
    const counts = countSection(section, briefing);
    total.words += counts.words;
    total.characters += counts.characters;
  }
  return total;
}
