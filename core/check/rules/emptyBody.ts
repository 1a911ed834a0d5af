import { richTextLines } from '../../model/index.ts';
import { msg } from '../messages.ts';
import type { Rule, RuleFinding } from '../types.ts';

const empty = (lines: string[]) => lines.every((l) => l.trim() === '');

/** A site visited or a remark made with nothing written about it prints as a bare heading or name. */
export const emptyBody: Rule = {
  id: 'consistency-empty-body',
  severity: 'warning',
  description: msg('考察点或发言内容为空', 'A site or a remark with nothing written in it'),
  document: (ctx) => {
    const out: RuleFinding[] = [];
    ctx.briefing.sections.forEach((section, s) => {
      if (section.hidden) return;
      if (section.type === 'sites') {
        section.sites.forEach((site, i) => {
          if (empty(richTextLines(site.description))) {
            out.push({ path: `sections[${s}].sites[${i}].description`, message: msg(`考察点“${site.name}”没有内容`, `The site "${site.name}" has no description`) });
          }
        });
      }
      if (section.type === 'remarks') {
        section.remarks.forEach((remark, i) => {
          if (empty(richTextLines(remark.body))) {
            out.push({ path: `sections[${s}].remarks[${i}].body`, message: msg('发言内容为空', 'The remark has no text') });
          }
        });
      }
    });
    return out;
  },
};
