import { msg } from '../messages.ts';
import type { Rule, RuleFinding } from '../types.ts';

const OPEN: Record<string, string> = { '“': '”', '‘': '’', '《': '》', '（': '）', '【': '】', '〈': '〉' };
const CLOSE: Record<string, string> = Object.fromEntries(Object.entries(OPEN).map(([o, c]) => [c, o]));
/** "1）", "a）", "（3" used as list markers at a block's start are not brackets that need a partner. */
const LIST_MARKER = /^\s*[0-9A-Za-z一二三四五六七八九十]{1,3}[）)]/;

/**
 * GB/T 15834 §4.1, §4.5, §4.9: quotation marks, brackets and title marks come in pairs and nest. Checked per
 * paragraph (a stack, linear); a paragraph that opens with a quotation mark it never closes is the first of a
 * multi-paragraph quotation and is not judged.
 */
export const pairedMarks: Rule = {
  id: 'punct-unpaired',
  severity: 'warning',
  description: msg('引号、括号、书名号不成对或交叉嵌套', 'Quotation marks, brackets or title marks that do not pair up or that cross'),
  scripts: ['zh'],
  field: (field) => {
    const text = field.text;
    const out: RuleFinding[] = [];
    const stack: { ch: string; at: number }[] = [];
    const skipFirstClose = LIST_MARKER.test(text);
    let sawClose = false;
    // Closers of marks already reported as crossing: their partner arrives late and is not reported twice.
    const late: string[] = [];
    for (let i = 0; i < text.length; i++) {
      const ch = text[i]!;
      if (OPEN[ch] !== undefined) {
        stack.push({ ch, at: i });
      } else if (CLOSE[ch] !== undefined) {
        if (!sawClose && skipFirstClose && (ch === '）') && stack.length === 0) { sawClose = true; continue; }
        sawClose = true;
        const top = stack[stack.length - 1];
        if (top && OPEN[top.ch] === ch) { stack.pop(); continue; }
        const lateAt = late.indexOf(ch);
        if (lateAt >= 0) { late.splice(lateAt, 1); continue; }
        const opener = CLOSE[ch]!;
        const inner = stack.findIndex((s) => s.ch === opener);
        if (inner >= 0) {
          // “《”》: the marks cross. Report the first unclosed one inside and pop back to the partner.
          const crossing = stack[stack.length - 1]!;
          out.push({ path: field.path, range: { start: crossing.at, end: crossing.at + 1 }, message: msg(`“${crossing.ch}”与“${opener}${ch}”交叉嵌套`, `"${crossing.ch}" crosses the pair "${opener}${ch}"`) });
          for (const s of stack.slice(inner + 1)) late.push(OPEN[s.ch]!);
          stack.length = inner;
          continue;
        }
        out.push({ path: field.path, range: { start: i, end: i + 1 }, message: msg(`“${ch}”缺少前面的“${opener}”`, `"${ch}" has no opening "${opener}"`) });
      }
    }
    for (const s of stack) {
      // GB/T 15834 §4.1.3.5: a quotation running over several paragraphs opens each one and closes only the last.
      if ((s.ch === '“' || s.ch === '‘') && text.slice(0, s.at).trim() === '') continue;
      out.push({ path: field.path, range: { start: s.at, end: s.at + 1 }, message: msg(`“${s.ch}”缺少后面的“${OPEN[s.ch]!}”`, `"${s.ch}" is never closed by "${OPEN[s.ch]!}"`) });
    }
    return out;
  },
};
