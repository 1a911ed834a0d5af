import { msg } from '../messages.ts';
import { scan } from '../scan.ts';
import type { Rule, RuleFinding } from '../types.ts';

/**
 * GB/T 15835 §5.2 asks for one form throughout: a document that writes 30% in one place and 百分之三十 in
 * another is told where the less used form is (百分之 on a tie). 百分点 is a different unit and is not counted.
 */
export const percentMixed: Rule = {
  id: 'num-percent-mixed',
  severity: 'hint',
  description: msg('同一文档中百分数既写作“%”又写作“百分之”', 'Percentages written both as "%" and as "百分之" in one document'),
  document: (ctx) => {
    const signs: RuleFinding[] = [];
    const words: RuleFinding[] = [];
    for (const field of ctx.fields) {
      if (field.script !== 'zh') continue;
      signs.push(...scan(field, /\d\s*[%％]/g, (m) => ({ start: m.index + m[0].length - 1, message: msg('本文其他地方写作“百分之”，写法应统一', 'Elsewhere this document writes 百分之; use one form') })));
      words.push(...scan(field, /百分之/g, () => ({ message: msg('本文其他地方写作“%”，写法应统一', 'Elsewhere this document writes %; use one form') })));
    }
    if (signs.length === 0 || words.length === 0) return [];
    return words.length <= signs.length ? words : signs;
  },
};
