import { msg } from '../messages.ts';
import { scan } from '../scan.ts';
import { isCjk, isHan } from '../script.ts';
import type { Rule } from '../types.ts';
import { wrongMarkerEnd } from './headingMarker.ts';

const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '.': '。', '(': '（', ')': '）' };

/**
 * Half-width brackets are judged as pairs: "(1)引进难" and "(GDP)增长" have Chinese on one side only, yet both
 * marks of the pair are in Chinese text. A pair (or a lone bracket) with Han next to either mark is Chinese.
 */
function chineseBrackets(text: string): Set<number> {
  const out = new Set<number>();
  const stack: number[] = [];
  const groups: number[][] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') stack.push(i);
    else if (text[i] === ')') groups.push(stack.length > 0 ? [stack.pop()!, i] : [i]);
  }
  for (const open of stack) groups.push([open]);
  for (const group of groups) {
    if (group.some((i) => isHan(text[i - 1]) || isHan(text[i + 1]))) group.forEach((i) => out.add(i));
  }
  return out;
}

/**
 * GB/T 15834-2011 §3: Chinese text takes full-width marks. A half-width mark is judged by its neighbours: after a
 * Han character; brackets as pairs. "3.5", "14:30", "1,860" and "e.g." stay.
 */
export const halfwidthPunctuation: Rule = {
  id: 'punct-halfwidth',
  severity: 'warning',
  description: msg('中文语句中使用了半角标点（, . ; : ? ! ( )），应使用全角标点', 'Half-width , . ; : ? ! ( ) in Chinese text, where GB/T 15834 wants the full-width mark'),
  scripts: ['zh'],
  field: (field) => {
    const markerEnd = field.richText ? wrongMarkerEnd(field.text) : 0;
    const brackets = field.text.includes('(') || field.text.includes(')') ? chineseBrackets(field.text) : new Set<number>();
    return scan(field, /[,;:?!.()] */g, (m, text) => {
      if (m.index < markerEnd) return undefined; // "一." and "(一)、" are heading-marker's
      const mark = m[0][0]!;
      const before = text[m.index - 1];
      const after = text[m.index + m[0].length];
      if (mark === '.' && (text[m.index + 1] === '.' || before === '.')) return undefined; // an ellipsis: its own rule
      const afterIsText = after === undefined || isCjk(after);
      const ok =
        mark === '(' || mark === ')' ? brackets.has(m.index)
        : mark === '.' ? isHan(before) && afterIsText
        : isHan(before) || (before !== undefined && isCjk(before) && /[”’）》]/.test(before));
      if (!ok) return undefined;
      // The space after a half-width mark goes with it: a full-width mark carries its own spacing.
      const keepSpace = after !== undefined && !isCjk(after) && m[0].length > 1;
      const full = FULL[mark]!;
      return {
        end: keepSpace ? m.index + 1 : m.index + m[0].length,
        message: msg(`中文语句中应使用全角“${full}”`, `Use the full-width "${full}" in Chinese text`),
        fix: full,
      };
    });
  },
};
