import { msg } from '../messages.ts';
import { scan } from '../scan.ts';
import type { Rule } from '../types.ts';

/**
 * 。。 ，， ，。 ：： — two pause or stop marks in a row are a slip (GB/T 15834 allows doubling only for ？ and ！).
 * The last mark is kept: "，。" was a sentence the writer ended. Three or more 。 are an ellipsis (punct-ellipsis).
 */
export const doubledPunctuation: Rule = {
  id: 'punct-doubled',
  severity: 'warning',
  description: msg('标点重复（。。、，，、，。等）', 'Doubled punctuation (。。, ，，, ，。…)'),
  scripts: ['zh'],
  field: (field) =>
    scan(field, /[。，；：、]{2,}/g, (m) => {
      if (/^。{3,}$/.test(m[0])) return undefined;
      const keep = m[0][m[0].length - 1]!;
      return { message: msg(`标点重复，应只用一个“${keep}”`, `Doubled punctuation: one "${keep}" is enough`), fix: keep };
    }),
};
