import { msg } from '../messages.ts';
import type { Rule } from '../types.ts';

/**
 * A title or heading ends without a full stop, comma, colon or semicolon (GB/T 9704 §7.2.3 practice). A question
 * or exclamation mark may end a title, and "Co." or "Ltd." end with their own abbreviation point.
 */
export const titlePunctuation: Rule = {
  id: 'title-end-punctuation',
  severity: 'warning',
  description: msg('标题末尾有标点', 'A title or heading that ends with punctuation'),
  field: (field) => {
    if (field.role !== 'title' && !(field.role === 'heading' && field.path.endsWith('.heading'))) return [];
    const m = (field.script === 'zh' ? /[。，；：、.,;:]+\s*$/ : /[.,;:]+\s*$/).exec(field.text);
    if (!m) return [];
    if (field.script === 'latin' && /(?:\b[A-Z][a-z]{0,3}|\.\.)\.\s*$/.test(field.text)) return [];
    return [{
      path: field.path,
      range: { start: m.index, end: m.index + m[0].length },
      message: msg('标题末尾不加标点', 'A title takes no closing punctuation'),
      fix: '',
    }];
  },
};
