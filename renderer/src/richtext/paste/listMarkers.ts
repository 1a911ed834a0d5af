import type { TextLeaf } from '../../../../core/model/index.ts';
import type { ListType } from '../nodes.ts';

/** The padding Word and WPS put after a literal list marker: spaces, no-break spaces, tabs, ideographic spaces. */
const PAD = '[\\s\\u00a0\\u3000]*';
const NUMBER = [
  '[(（]\\d{1,3}[)）]', // (1) （1）
  '\\d{1,3}[.．、)）](?!\\d)', // 1. 1、 1)  — not "1.5"
  '[(（][a-zA-Z][)）]', // (a)
  '(?:[a-zA-Z]|[ivxlc]{1,5}|[IVXLC]{1,5})[.．)）]', // a. b) iv.
  '[①-⑳]',
  '[(（][一二三四五六七八九十]{1,3}[)）]', // （一）
  '[一二三四五六七八九十]{1,3}、', // 一、
];
const BULLET = '[•·●○◦▪■□◆◇➢►✓√※◎§o\\uf0b7\\uf0a7\\uf0d8\\uf076-]';
const NUMBER_AT_START = new RegExp(`^${PAD}(?:${NUMBER.join('|')})${PAD}`);
const BULLET_AT_START = new RegExp(`^${PAD}${BULLET}(?:[\\s\\u00a0\\u3000]+|$)`);

/**
 * A literal list marker at the start of a paragraph's text, as WPS writes its lists ("1.", "（1）", "①", "•"
 * typed into the text, the level given only by margin-left), with the kind of list it stands for.
 */
export function leadingMarker(text: string): { length: number; list: ListType } | undefined {
  const number = NUMBER_AT_START.exec(text);
  if (number) return { length: number[0].length, list: 'numbered-list' };
  const bullet = BULLET_AT_START.exec(text);
  if (bullet) return { length: bullet[0].length, list: 'bulleted-list' };
  return undefined;
}

/** The leaves with their first `length` characters removed (a marker may span leaves: "1" bold, "." plain). */
export function dropLeading(leaves: readonly TextLeaf[], length: number): TextLeaf[] {
  let left = length;
  const out: TextLeaf[] = [];
  for (const leaf of leaves) {
    if (left >= leaf.text.length) {
      left -= leaf.text.length;
      continue;
    }
    out.push(left > 0 ? { ...leaf, text: leaf.text.slice(left) } : leaf);
    left = 0;
  }
  return out;
}

const UNITS_PT: Record<string, number> = { pt: 1, px: 0.75, cm: 72 / 2.54, mm: 72 / 25.4, in: 72, em: 10.5, pc: 12 };

/** A CSS length from a style attribute in points (em taken at 五号 10.5 pt, Word's default), or undefined. */
export function lengthPt(value: string | undefined): number | undefined {
  const match = value === undefined ? null : /^(-?\d*\.?\d+)\s*(pt|px|cm|mm|in|em|pc)?$/.exec(value);
  if (!match) return undefined;
  return Number(match[1]) * (UNITS_PT[match[2] ?? 'px'] ?? 1);
}
