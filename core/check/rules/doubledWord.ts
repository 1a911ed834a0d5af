import { msg } from '../messages.ts';
import { scan } from '../scan.ts';
import type { Rule } from '../types.ts';

/** "the the": small English words that are never right twice in a row ("that that" can be, so it is not judged). */
export const doubledWord: Rule = {
  id: 'typo-doubled-word',
  severity: 'warning',
  description: msg('英文单词重复（the the）', 'An English word typed twice (the the)'),
  scripts: ['latin'],
  field: (field) =>
    scan(field, /\b(the|a|an|of|to|in|and|for|on|with|is|are|was|by)\s+\1\b/gi, (m) => ({
      start: m.index + m[1]!.length,
      message: msg(`“${m[1]}”重复`, `"${m[1]}" is repeated`),
      fix: '',
    })),
};
