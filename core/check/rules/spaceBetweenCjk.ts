import { msg } from '../messages.ts';
import { scan } from '../scan.ts';
import { isCjk } from '../script.ts';
import type { Rule } from '../types.ts';

/**
 * Chinese text has no spaces between characters: a space there is a slip or a paste. Names are skipped (王  伟
 * is spaced to align with three-character names on purpose), and so are short labels (an attendee's two titles
 * are often set apart by a space in name lists), and the ideographic space U+3000, which layouts use to align.
 */
export const spaceBetweenCjk: Rule = {
  id: 'space-between-cjk',
  severity: 'warning',
  description: msg('汉字之间有多余空格', 'A space between Chinese characters'),
  scripts: ['zh'],
  skipRoles: ['name', 'label'],
  field: (field) =>
    scan(field, /[ \u00a0]+/g, (m, text) =>
      m.index > 0 && isCjk(text[m.index - 1]) && isCjk(text[m.index + m[0].length])
        ? { message: msg('汉字之间不应有空格', 'No space between Chinese characters'), fix: '' }
        : undefined,
    ),
};
