import { msg } from '../messages.ts';
import { scan } from '../scan.ts';
import type { Rule } from '../types.ts';

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function realDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * GB/T 15835 §4.3 and the templates' date forms: 2023年9月18日 in Chinese, 18 September 2023 in English. Only a
 * real calendar date with a four-digit year 19xx/20xx written with "." or "/" is judged, so version numbers and
 * fractions are left alone; 23年9月 (a two-digit year) is judged in Chinese only when a month follows.
 */
export const dateFormat: Rule = {
  id: 'num-date-format',
  severity: 'warning',
  description: msg('日期写法不规范（如2023.9.18、2023/9/18、23年9月）', 'A date not in the document\'s form (2023.9.18, 2023/9/18, 23年9月)'),
  field: (field) => {
    const full = scan(field, /(?<![\d./])((?:19|20)\d\d)([./])(\d{1,2})\2(\d{1,2})(?![\d./]*\d)/g, (m) => {
      const [y, mo, d] = [Number(m[1]), Number(m[3]), Number(m[4])];
      if (!realDate(y, mo, d)) return undefined;
      const fix = field.script === 'zh' ? `${y}年${mo}月${d}日` : `${d} ${EN_MONTHS[mo - 1]} ${y}`;
      return { message: msg(`日期应写作“${fix}”`, `Write the date as "${fix}"`), fix };
    });
    if (field.script !== 'zh') return full;
    const short = scan(field, /(?<![\d０-９])(\d\d)年(?=\d{1,2}月)/g, (m) => {
      const yy = Number(m[1]);
      const fix = `${yy <= 50 ? 20 : 19}${m[1]}年`;
      return { message: msg(`年份应写全，如“${fix}”`, `Write the year in full, e.g. "${fix}"`), fix };
    });
    return [...full, ...short];
  },
};
