import { msg } from '../messages.ts';
import { scan } from '../scan.ts';
import type { Rule } from '../types.ts';

/**
 * Only function characters that Chinese never doubles on purpose are judged, each with the words that do put two
 * side by side: 的的确确, 目的的, 的的哥, 为了了解, 增长了了不起的, 不了了之, 受不了了, 参与与否, 被被告人, 发展和和平. Content characters (看看, 谢谢, 常常, 人人) are
 * real reduplications and never judged.
 */
const EXCEPT: Record<string, { before?: RegExp; after?: RegExp }> = {
  的: { before: /[目端]$/, after: /^[确士哥姐]/ },
  了: { before: /[不]$/, after: /^[解结却然如无若之不得]/ },
  和: { after: /^[气美睦谐平]/ },
  与: { before: /[参给赋授]$/ },
  被: { after: /^告/ },
  也: {},
};

export const doubledCharacter: Rule = {
  id: 'typo-doubled-char',
  severity: 'warning',
  description: msg('疑似误输入的重复字（的的、了了）', 'A character typed twice by accident (的的, 了了)'),
  scripts: ['zh'],
  skipRoles: ['name'],
  field: (field) =>
    scan(field, /([的了和与被也])\1/g, (m, text) => {
      const ex = EXCEPT[m[1]!]!;
      if (ex.before?.test(text.slice(Math.max(0, m.index - 1), m.index))) return undefined;
      if (ex.after?.test(text.slice(m.index + 2, m.index + 3))) return undefined;
      return { start: m.index + 1, message: msg(`“${m[0]}”疑为重复输入`, `"${m[0]}" looks like a character typed twice`), fix: '' };
    }),
};
