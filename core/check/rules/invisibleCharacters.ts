import { msg } from '../messages.ts';
import { scan } from '../scan.ts';
import type { Rule } from '../types.ts';

const NAMES: Record<string, string> = { '\u200b': 'zero-width space', '\u200c': 'zero-width non-joiner', '\u200d': 'zero-width joiner', '\u2060': 'word joiner', '\ufeff': 'byte-order mark', '\u00ad': 'soft hyphen' };

/**
 * Characters pasted from web pages that print as nothing (or as a box) and break search: zero-width spaces and
 * joiners, the BOM, the soft hyphen and control characters. A line break and a tab are the user's own.
 */
export const invisibleCharacters: Rule = {
  id: 'typo-invisible-char',
  severity: 'warning',
  description: msg('含有不可见字符（零宽空格、BOM、软连字符、控制字符）', 'Invisible characters (zero-width space, BOM, soft hyphen, control characters)'),
  field: (field) =>
    // eslint-disable-next-line no-control-regex -- finding control characters is what this rule is for
    scan(field, /[\u200b-\u200d\u2060\ufeff\u00ad\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (m) => {
      const code = m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
      const name = NAMES[m[0]] ?? `control character U+${code}`;
      return { message: msg(`含有不可见字符（U+${code}），应删除`, `An invisible ${name} (U+${code}); delete it`), fix: '' };
    }),
};
