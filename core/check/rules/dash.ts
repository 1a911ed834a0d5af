import { msg } from '../messages.ts';
import { scan } from '../scan.ts';
import type { Rule } from '../types.ts';

/**
 * GB/T 15834 §4.10: the Chinese dash is two em dashes (——). "--" and a lone "—" are slips, except a lone "—"
 * joining digits or letters (the connector, §4.13); a single "-" is a hyphen or a range and is left alone.
 */
export const dash: Rule = {
  id: 'punct-dash',
  severity: 'warning',
  description: msg('破折号应为“——”', 'The Chinese dash is "——", not "--" or a single "—"'),
  scripts: ['zh'],
  field: (field) =>
    scan(field, /-{2,}|—+/g, (m, text) => {
      if (m[0] === '——') return undefined;
      // A single "—" between digits or letters is the connector of §4.13 (1—8月, 14:30—17:40, GB/T 9704—2012).
      const between = /[0-9A-Za-z]/.test(text[m.index - 1] ?? '') && /[0-9A-Za-z]/.test(text[m.index + m[0].length] ?? '');
      if (m[0] === '—' && between) return undefined;
      return { message: msg('破折号应写作“——”', 'Write the dash as "——"'), fix: '——' };
    }),
};
