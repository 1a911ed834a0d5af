import type { Language } from '../model/index.ts';
import type { IssueRef } from './schema.ts';

/** "2026年第13期（总第149期）" / "2026 No. 13 (total 149)": how the app names a number in its own messages. */
export function issueLabel(number: IssueRef, language: Language): string {
  if (language === 'zh-CN') {
    const kind = number.supplement ? `增刊第${number.issue}期` : `第${number.issue}期`;
    const total = number.total !== undefined ? `（总第${number.total}期）` : '';
    return `${number.year}年${kind}${total}`;
  }
  const kind = number.supplement ? `supplement No. ${number.issue}` : `No. ${number.issue}`;
  const total = number.total !== undefined ? ` (total ${number.total})` : '';
  return `${number.year} ${kind}${total}`;
}
