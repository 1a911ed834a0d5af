import { msg } from '../messages.ts';
import type { Rule, RuleFinding, TextField } from '../types.ts';

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
function cnValue(s: string): number {
  if (s === '十') return 10;
  if (s.startsWith('十')) return 10 + (CN_DIGITS[s[1]!] ?? 0);
  if (s.length === 3 && s[1] === '十') return (CN_DIGITS[s[0]!] ?? 0) * 10 + (CN_DIGITS[s[2]!] ?? 0);
  if (s.length === 2 && s[1] === '十') return (CN_DIGITS[s[0]!] ?? 0) * 10;
  return CN_DIGITS[s] ?? 0;
}

const MARKERS: { level: number; re: RegExp; value: (m: RegExpExecArray) => number }[] = [
  { level: 1, re: /^\s*([一二三四五六七八九十]{1,3})、/, value: (m) => cnValue(m[1]!) },
  { level: 2, re: /^\s*（([一二三四五六七八九十]{1,3})）/, value: (m) => cnValue(m[1]!) },
  { level: 3, re: /^\s*(\d{1,2})[.．](?!\d)/, value: (m) => Number(m[1]) },
  { level: 4, re: /^\s*（(\d{1,2})）/, value: (m) => Number(m[1]) },
];
const NAMES = ['一、', '（一）', '1.', '（1）'];

function markerOf(text: string): { level: number; value: number; length: number } | undefined {
  for (const { level, re, value } of MARKERS) {
    const m = re.exec(text);
    if (m) return { level, value: value(m), length: m[0].length };
  }
  return undefined;
}

/**
 * GB/T 9704 §7.3.3: 一、→（一）→ 1. →（1）, no level skipped, each level counting 1, 2, 3 without a gap. The
 * template already numbers sections (一、) and sites (（一）), and heading blocks inside rich text (1. and
 * （1））, so a rich text starts below its container and a heading block sets the level it prints at.
 */
export const headingHierarchy: Rule = {
  id: 'heading-hierarchy',
  severity: 'warning',
  description: msg('层次序号跳级或不连续', 'Heading numbers that skip a level or a number'),
  document: (ctx) => {
    const out: RuleFinding[] = [];
    let current = '';
    let level = 1;
    let counters: number[] = [];
    // Before the first typed number a rich text may go two levels below its container: "1." straight under a
    // section's 一、 is common enough in practice that flagging it would be noise. After that, one level at a time.
    let typed = false;
    const visit = (field: TextField) => {
      const rt = field.richText!;
      if (rt.path !== current) {
        current = rt.path;
        level = rt.parentLevel;
        counters = [];
        typed = false;
      }
      if (rt.blockType === 'heading' && rt.level !== undefined) {
        level = rt.level + 2;
        counters.length = level;
        typed = true;
        return;
      }
      if (field.script !== 'zh') return;
      const marker = markerOf(field.text);
      if (!marker) return;
      const range = { start: field.text.length - field.text.trimStart().length, end: marker.length };
      if (marker.level > level + (typed ? 1 : 2)) {
        out.push({ path: field.path, range, message: msg(`层次序号跳级：“${NAMES[marker.level - 1]}”前缺少“${NAMES[marker.level - 2]}”一级`, `A level is skipped: "${NAMES[marker.level - 1]}" with no "${NAMES[marker.level - 2]}" above it`) });
      } else {
        // Only a gap after a number of the same level in this rich text: a list may continue from another section.
        const previous = counters[marker.level];
        const expected = (previous ?? 0) + 1;
        if (previous !== undefined && marker.value !== expected && marker.value > 1) {
          out.push({ path: field.path, range, message: msg(`序号不连续：此处应为第${expected}项`, `The numbering jumps: item ${expected} was expected here`) });
        }
      }
      counters[marker.level] = marker.value;
      counters.length = marker.level + 1;
      level = marker.level;
      typed = true;
    };
    for (const field of ctx.fields) if (field.richText) visit(field);
    return out;
  },
};
