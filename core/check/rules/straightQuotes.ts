import { msg } from '../messages.ts';
import { scan } from '../scan.ts';
import { isCjk } from '../script.ts';
import type { Rule } from '../types.ts';

/**
 * GB/T 15834 §4.1: Chinese text quotes with “ ” and ‘ ’, not the typewriter " and '. In a field with an even
 * number of " (so the pairing is certain) each is fixed to the opening or the closing mark in turn.
 */
export const straightQuotes: Rule = {
  id: 'punct-straight-quote',
  severity: 'warning',
  description: msg('中文语句中使用了英文直引号 "', 'Typewriter " quotation marks in Chinese text'),
  scripts: ['zh'],
  field: (field) => {
    const count = field.text.split('"').length - 1;
    if (count === 0 || count % 2 !== 0) return [];
    let n = 0;
    const found = scan(field, /"/g, () => {
      const open = n++ % 2 === 0;
      return { message: msg('中文语句中应使用“”', 'Use “ ” in Chinese text'), fix: open ? '“' : '”' };
    });
    // Only pairs that quote Chinese text: "ERP" inside a Chinese sentence is left alone.
    const out = [];
    for (let i = 0; i + 1 < found.length; i += 2) {
      const [a, b] = [found[i]!, found[i + 1]!];
      const inner = field.text.slice(a.range!.end, b.range!.start);
      if ([...inner].some((c) => isCjk(c))) out.push(a, b);
    }
    return out;
  },
};
