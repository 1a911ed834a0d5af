import { msg } from '../messages.ts';
import type { Rule, RuleFinding } from '../types.ts';

/** A briefing cannot be printed before the visit it reports: one of the two dates is wrong. ISO dates compare as text. */
export const visitAfterPrint: Rule = {
  id: 'consistency-print-date',
  severity: 'error',
  description: msg('调研日期晚于印发日期', 'The visit date is after the print date'),
  document: (ctx) => {
    const out: RuleFinding[] = [];
    const visit = ctx.briefing.meta.visitDate;
    ctx.briefing.sections.forEach((section, s) => {
      if (section.type === 'distribution' && section.printDate && section.printDate < visit) {
        out.push({
          path: `sections[${s}].printDate`,
          message: msg(`印发日期${section.printDate}早于调研日期${visit}`, `The print date ${section.printDate} is before the visit date ${visit}`),
        });
      }
    });
    return out;
  },
};
