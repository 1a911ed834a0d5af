import type { Attendee } from '../../model/index.ts';
import { msg } from '../messages.ts';
import type { Rule, RuleFinding } from '../types.ts';
import { englishTitleFindings } from './englishTitles.ts';

/** Ranks as Chinese text writes them right after a name (陈立新副主任), longest first so 副主任 wins over 主任. */
const RANKS = [
  '常务副主任', '副主任委员', '主任委员', '副秘书长', '秘书长', '副董事长', '董事长', '副总经理', '总经理',
  '副书记', '书记', '副主任', '主任', '副局长', '局长', '副部长', '部长', '副厅长', '厅长', '副主席', '主席',
  '副省长', '省长', '副市长', '市长', '副县长', '县长', '副区长', '区长', '副院长', '院长', '副校长', '校长',
  '副处长', '处长', '副科长', '科长', '副组长', '组长',
];
const RANK_AFTER_NAME = new RegExp(`^(?:${RANKS.join('|')})`);
/** The short forms usage allows: a 主任委员 is called 主任, a 常务副主任 副主任. */
const SHORT_FORMS: Record<string, string[]> = { 主任委员: ['主任'], 副主任委员: ['副主任'], 常务副主任: ['副主任'] };

/** The ranks an attendee's title (and remark roles) name: each 、/，-separated part's ending rank. */
function ranksOf(titles: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const title of titles) {
    for (const part of title.split(/[、，,；;\s]/)) {
      const rank = RANKS.find((r) => part.endsWith(r));
      if (!rank) continue;
      out.add(rank);
      for (const short of SHORT_FORMS[rank] ?? []) out.add(short);
    }
  }
  return out;
}

/**
 * "陈立新主任" in the text when the attendee list says 陈立新 is 副主任: the rank written right after a listed
 * name must be one the attendee list (or the person's remark role) gives. Only names of two or more characters,
 * and only attendees whose title names a rank at all. English text: "Name, Rank" (englishTitles.ts).
 */
export const titleMismatch: Rule = {
  id: 'consistency-title',
  severity: 'warning',
  description: msg('正文中人物职务与出席人员名单不一致', 'A person\'s title in the text differs from the attendee list'),
  document: (ctx) => {
    const roles = new Map<string, string[]>();
    for (const section of ctx.briefing.sections) {
      if (section.type !== 'remarks') continue;
      for (const r of section.remarks) if ('attendeeId' in r.speaker && r.role) roles.set(r.speaker.attendeeId, [...(roles.get(r.speaker.attendeeId) ?? []), r.role]);
    }
    const people = new Map<string, { attendee: Attendee; ranks: Set<string> }>();
    for (const a of ctx.briefing.attendees) {
      const name = a.name.replace(/\s/g, '');
      if (name.length < 2 || !/^\p{Script=Han}+$/u.test(name) || !a.title) continue;
      const ranks = ranksOf([a.title, ...(roles.get(a.id) ?? [])]);
      if (ranks.size > 0) people.set(name, { attendee: a, ranks });
    }
    const out: RuleFinding[] = englishTitleFindings(ctx);
    if (people.size === 0) return out;
    const lengths = [...new Set([...people.keys()].map((n) => n.length))];
    for (const field of ctx.fields) {
      if (field.script !== 'zh' || field.role === 'name' || field.path.startsWith('attendees[')) continue;
      const text = field.text;
      for (let i = 0; i < text.length; i++) {
        for (const len of lengths) {
          const person = people.get(text.slice(i, i + len));
          if (!person) continue;
          const rank = RANK_AFTER_NAME.exec(text.slice(i + len, i + len + 6))?.[0];
          if (!rank || person.ranks.has(rank)) continue;
          const listed = person.attendee.title!;
          out.push({
            path: field.path,
            range: { start: i + len, end: i + len + rank.length },
            message: msg(`出席人员名单中${person.attendee.name}的职务为“${listed}”，此处写作“${rank}”`, `The attendee list gives ${person.attendee.name} as "${listed}"; the text says "${rank}"`),
          });
        }
      }
    }
    return out;
  },
};
