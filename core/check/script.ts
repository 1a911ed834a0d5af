import type { Script } from './types.ts';

const HAN = /\p{Script=Han}/u;

/** A Han ideograph (not punctuation): the characters between which GB/T 15834 wants full-width marks. */
export function isHan(ch: string | undefined): boolean {
  return ch !== undefined && ch !== '' && HAN.test(ch);
}

/** Han, or a full-width Chinese punctuation mark: what "Chinese text" is on either side of a character. */
export function isCjk(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false;
  return isHan(ch) || /[\u3001-\u303f\uff01-\uff0f\uff1a-\uff20“”‘’…—]/u.test(ch);
}

/**
 * A field is Chinese when it has at least as many Han characters as Latin words: "Zhang Xiaoqin (张小琴)" stays
 * English, "引入ERP系统" stays Chinese. Counted once, linear in the text.
 */
export function scriptOf(text: string): Script {
  let han = 0;
  let words = 0;
  let inWord = false;
  for (const ch of text) {
    const latin = /[A-Za-z]/.test(ch);
    if (latin && !inWord) words++;
    inWord = latin;
    if (!latin && isHan(ch)) han++;
  }
  return han > 0 && han >= words ? 'zh' : 'latin';
}
