import type { Attendee } from '../../model/index.ts';
import { msg } from '../messages.ts';
import type { CheckContext, RuleFinding } from '../types.ts';

/** Words an English rank is made of: "Deputy Director", "Executive Director", "Vice Mayor", "Second-level Inspector". */
const RANK_WORD = /^(?:Deputy|Vice|Assistant|Associate|Executive|Chief|General|Senior|First-level|Second-level|Director|Chair|Chairman|Chairwoman|Chairperson|President|Secretary|Manager|Mayor|Governor|Minister|Head|Inspector|Researcher|Leader|Member|Commissioner|Counsellor|Dean|Principal)$/;
/** A rank without these in front of it is a different office: a Deputy Director is not the Director. */
const LOWER_RANK = /^(?:Deputy|Vice|Assistant|Associate)$/i;

/** Does the listed title hold `rank` as whole words, not as the tail of a lower office? */
function holds(title: string, rank: string): boolean {
  const words = title.split(/[\s,;]+/).filter(Boolean);
  const wanted = rank.split(' ');
  for (let i = 0; i + wanted.length <= words.length; i++) {
    if (!wanted.every((w, j) => words[i + j]!.toLowerCase() === w.toLowerCase())) continue;
    if (i > 0 && LOWER_RANK.test(words[i - 1]!) && !LOWER_RANK.test(wanted[0]!)) continue;
    return true;
  }
  return false;
}

/**
 * "Li Wenhua, Director of …" when the attendee list says Deputy Director. Only the run-in form "Name, Rank" is
 * judged, the rank being capitalised rank words right after the comma (up to "of", a lower-case word or a mark).
 */
export function englishTitleFindings(ctx: CheckContext): RuleFinding[] {
  const people = new Map<string, Attendee>();
  for (const a of ctx.briefing.attendees) {
    const name = a.name.trim().replace(/\s+/g, ' ');
    if (a.title && /^[A-Z][\w'-]*(?: [A-Z][\w'-]*){1,3}$/.test(name)) people.set(name, a);
  }
  if (people.size === 0) return [];
  const out: RuleFinding[] = [];
  for (const field of ctx.fields) {
    if (field.script !== 'latin' || field.path.startsWith('attendees[')) continue;
    const text = field.text;
    // Each ", " followed by a capital is a candidate; the name is one of the two to four words before it.
    for (let at = text.indexOf(', '); at !== -1; at = text.indexOf(', ', at + 1)) {
      const before = text.slice(Math.max(0, at - 80), at).split(' ');
      let attendee: Attendee | undefined;
      for (let n = 2; n <= 4 && n <= before.length && !attendee; n++) attendee = people.get(before.slice(-n).join(' '));
      if (!attendee) continue;
      const start = at + 2;
      const words: string[] = [];
      for (const word of text.slice(start, start + 80).split(' ')) {
        const bare = word.replace(/[,.;:)]+$/, '');
        if (!RANK_WORD.test(bare)) break;
        words.push(bare);
        if (bare !== word) break;
      }
      if (words.length === 0 || LOWER_RANK.test(words[words.length - 1]!)) continue;
      const rank = words.join(' ');
      if (holds(attendee.title!, rank)) continue;
      out.push({
        path: field.path,
        range: { start, end: start + rank.length },
        message: msg(`出席人员名单中${attendee.name}的职务为“${attendee.title!}”，此处写作“${rank}”`, `The attendee list gives ${attendee.name} as "${attendee.title!}"; the text says "${rank}"`),
      });
    }
  }
  return out;
}
