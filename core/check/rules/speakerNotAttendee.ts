import { msg } from '../messages.ts';
import type { Rule, RuleFinding } from '../types.ts';

const norm = (s: string) => s.replace(/\s/g, '').toLowerCase();

/**
 * A speaker typed as a free name who is on the attendee list should point at the attendee (so a renamed or
 * retitled attendee updates the remark); one who is not on it is either missing from the list or misspelled.
 */
export const speakerNotAttendee: Rule = {
  id: 'consistency-speaker',
  severity: 'warning',
  description: msg('发言人不在出席人员名单中', 'A remark\'s speaker who is not on the attendee list'),
  document: (ctx) => {
    const names = new Set(ctx.briefing.attendees.map((a) => norm(a.name)));
    const out: RuleFinding[] = [];
    ctx.briefing.sections.forEach((section, s) => {
      if (section.type !== 'remarks') return;
      section.remarks.forEach((remark, r) => {
        if (!('name' in remark.speaker)) return;
        const name = remark.speaker.name;
        if (name.trim() === '' || names.has(norm(name))) return;
        out.push({
          path: `sections[${s}].remarks[${r}].speaker.name`,
          range: { start: 0, end: name.length },
          message: msg(`发言人“${name}”不在出席人员名单中`, `The speaker "${name}" is not on the attendee list`),
        });
      });
    });
    return out;
  },
};
