import { msg } from '../messages.ts';
import { scan } from '../scan.ts';
import type { Rule } from '../types.ts';

/**
 * GB/T 15834 §4.10: the Chinese dash is two em dashes (——). "--" and a lone "—" are slips; a single "-" is a
 * hyphen or a range (2023-2024, GB/T 9704-2012) and is left alone.
 */
export const dash: Rule = {
  id: 'punct-dash',
  severity: 'warning',
  description: msg('破折号应为“——”', 'The Chinese dash is "——", not "--" or a single "—"'),
  scripts: ['zh'],
  field: (field) =>
    scan(field, /-{2,}|—+/g, (m) =>
      m[0] === '——' ? undefined : { message: msg('破折号应写作“——”', 'Write the dash as "——"'), fix: '——' },
    ),
};
