import { msg } from '../messages.ts';
import { scan } from '../scan.ts';
import type { Rule } from '../types.ts';

/**
 * A lone lower-case Latin letter between two Han characters (调研z组) is a pinyin input slip. Upper-case letters
 * (A股, B超, X光, T恤) and "e"/"x" (e时代, x光) are words, so they are left alone.
 */
export const latinInChinese: Rule = {
  id: 'typo-latin-in-chinese',
  severity: 'warning',
  description: msg('汉字之间夹有单个拉丁字母（输入法误输入）', 'A stray Latin letter inside a Chinese word (an input-method slip)'),
  scripts: ['zh'],
  field: (field) =>
    scan(field, /(?<=\p{Script=Han})[a-df-wyz](?=\p{Script=Han})/gu, (m) => ({
      message: msg(`汉字之间夹有字母“${m[0]}”，疑为误输入`, `A stray letter "${m[0]}" between Chinese characters`),
      fix: '',
    })),
};
