import { msg } from '../messages.ts';
import type { Rule } from '../types.ts';

const CN = '[一二三四五六七八九十百]+';
/** Wrong forms at the start of a paragraph, each with the GB/T 9704 §7.3.3 form that replaces it. */
const WRONG: { re: RegExp; fix: (m: RegExpExecArray) => string }[] = [
  { re: /^(\s*)(\d{1,2})[、，,]/, fix: (m) => `${m[1]}${m[2]}.` },
  { re: new RegExp(`^(\\s*)([（(](?:${CN}|\\d{1,2})[）)])[、，,.．]`), fix: (m) => `${m[1]}${m[2]}` },
  { re: new RegExp(`^(\\s*)(${CN})[.．，,]`), fix: (m) => `${m[1]}${m[2]}、` },
];

/** Where a wrong heading number at the start of the text ends (0 when there is none): other rules leave it to this one. */
export function wrongMarkerEnd(text: string): number {
  for (const { re } of WRONG) {
    const m = re.exec(text);
    if (m) return m[0].length;
  }
  return 0;
}

/** "1、" should be "1."; "（一）、" and "（1）、" take no mark after the bracket; "一." should be "一、". */
export const headingMarker: Rule = {
  id: 'heading-marker',
  severity: 'warning',
  description: msg('层次序号写法不规范（如“1、”“（一）、”）', 'A heading number in the wrong form ("1、", "（一）、", "一.")'),
  scripts: ['zh'],
  field: (field) => {
    if (!field.richText) return [];
    for (const { re, fix } of WRONG) {
      const m = re.exec(field.text);
      if (!m) continue;
      const replacement = fix(m);
      return [{
        path: field.path,
        range: { start: 0, end: m[0].length },
        message: msg(`层次序号应写作“${replacement.trim()}”`, `Write the heading number as "${replacement.trim()}"`),
        fix: replacement,
      }];
    }
    return [];
  },
};
