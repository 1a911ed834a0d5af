import { ATTENDEE_GROUPS } from '../../model/index.ts';
import { msg } from '../messages.ts';
import type { Rule, RuleFinding } from '../types.ts';

/** Protocol order puts a side's leader first: a leader further down the list reads as a mistake in the order. */
export const leaderNotFirst: Rule = {
  id: 'consistency-leader-first',
  severity: 'warning',
  description: msg('带队领导未排在本方人员首位', 'An attendee marked leader who is not first of their side'),
  document: (ctx) => {
    const out: RuleFinding[] = [];
    for (const group of ATTENDEE_GROUPS) {
      let first = true;
      ctx.briefing.attendees.forEach((a, i) => {
        if (a.group !== group) return;
        if (a.leader && !first) {
          out.push({
            path: `attendees[${i}].leader`,
            message: msg(`${a.name}标为带队领导，但未排在本方首位`, `${a.name} is marked leader but is not first of their side`),
          });
        }
        first = false;
      });
    }
    return out;
  },
};
