import { msg } from '../messages.ts';
import { scan } from '../scan.ts';
import type { Rule } from '../types.ts';

/** GB/T 15834 §4.11: the Chinese ellipsis is two "…" (……), not "...", "。。。" or a single "…". */
export const ellipsis: Rule = {
  id: 'punct-ellipsis',
  severity: 'warning',
  description: msg('省略号应为“……”', 'The Chinese ellipsis is "……", not "...", "。。。" or one "…"'),
  scripts: ['zh'],
  field: (field) =>
    scan(field, /\.{3,}|。{3,}|…+|·{3,}/g, (m) =>
      m[0] === '……' || m[0] === '…………'
        ? undefined
        : { message: msg('省略号应写作“……”', 'Write the ellipsis as "……"'), fix: '……' },
    ),
};
