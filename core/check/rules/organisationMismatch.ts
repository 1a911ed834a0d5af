import type { Attendee } from '../../model/index.ts';
import { msg } from '../messages.ts';
import type { Rule, RuleFinding } from '../types.ts';

/** How the names of bodies end in Chinese (江州市商务局, 市人大常委会, 星河精密制造有限公司…). */
const ORG_ENDING = /(?:委员会|常委会|联合会|协会|商会|委|局|厅|部|办公室|办|公司|集团|中心|研究院|院|研究所|所|大学|学院|学校|政府|人大|政协|银行|厂|站|处|科|馆|社)$/;
/** Where the words before a name stop being its organisation (besides anything not Han): a particle or a verb. */
const BEFORE_ORG = /(?:了|的|和|与|及|同|向|对|在|由|为|是|请|等|陪同|听取|会见|介绍|汇报|主持)$/;
const MAX_ORG = 24;

/**
 * An abbreviation keeps its full name's characters in order (发改委 ← 发展和改革委员会, 市政府办 ← 江州市人民政府办公室),
 * so one the list's organisation contains that way is the same body; anything else names a different one.
 */
function sameBody(written: string, listed: string): boolean {
  let at = 0;
  for (const ch of written) {
    at = listed.indexOf(ch, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

/** The organisation written right before a name: the Han run back to a boundary, if it ends like a body's name. */
function organisationBefore(text: string, nameStart: number): { start: number; written: string } | undefined {
  let start = nameStart;
  while (start > 0 && nameStart - start < MAX_ORG) {
    const before = text.slice(Math.max(0, start - 4), start);
    if (!/\p{Script=Han}$/u.test(before) || BEFORE_ORG.test(before)) break;
    start--;
  }
  const written = text.slice(start, nameStart);
  return written.length >= 3 && ORG_ENDING.test(written) ? { start, written } : undefined;
}

/**
 * "江州市工信局王伟" in the text when the attendee list puts 王伟 in 江州市商务局: the organisation written right
 * before a listed name must be the list's, in full or shortened (its characters in order). Matched by name, as
 * the title rule is: Han names of two or more characters, attendees whose organisation is filled in.
 */
export const organisationMismatch: Rule = {
  id: 'consistency-organisation',
  severity: 'warning',
  description: msg('正文中人物单位与出席人员名单不一致', 'A person\'s organisation in the text differs from the attendee list'),
  document: (ctx) => {
    const people = new Map<string, Attendee>();
    for (const a of ctx.briefing.attendees) {
      const name = a.name.replace(/\s/g, '');
      if (name.length >= 2 && /^\p{Script=Han}+$/u.test(name) && a.organisation?.trim()) people.set(name, a);
    }
    const out: RuleFinding[] = [];
    if (people.size === 0) return out;
    for (const field of ctx.fields) {
      if (field.script !== 'zh' || field.role === 'name' || field.path.startsWith('attendees[')) continue;
      for (const [name, attendee] of people) {
        for (let i = field.text.indexOf(name); i >= 0; i = field.text.indexOf(name, i + name.length)) {
          const found = organisationBefore(field.text, i);
          const listed = attendee.organisation!.replace(/\s/g, '');
          if (!found || sameBody(found.written, listed)) continue;
          out.push({
            path: field.path,
            range: { start: found.start, end: i },
            message: msg(
              `出席人员名单中${attendee.name}的单位为“${listed}”，此处写作“${found.written}”`,
              `The attendee list gives ${attendee.name}'s organisation as "${listed}"; the text says "${found.written}"`,
            ),
          });
        }
      }
    }
    return out;
  },
};
