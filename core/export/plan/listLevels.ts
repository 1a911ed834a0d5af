import type { ListItem } from '../../model/index.ts';
import { listIndent } from '../../model/index.ts';

/**
 * The printed level of each list item: its indent, but never more than one below the item before it (the first
 * item is at the list's own level). A list pasted from the middle of a Word outline, or an item whose parent was
 * outdented, so still nests one level at a time in both exporters, the way Word itself would show it.
 */
export function listLevels(items: readonly ListItem[]): number[] {
  const levels: number[] = [];
  for (const item of items) {
    const previous = levels.at(-1);
    levels.push(previous === undefined ? 0 : Math.min(listIndent(item), previous + 1));
  }
  return levels;
}

/** How one level of a list is numbered: Word's number format names, which the print HTML mirrors in CSS. */
export interface ListLevelStyle {
  format: 'decimal' | 'lowerLetter' | 'lowerRoman' | 'decimalEnclosedCircle' | 'bullet';
  /** Printed before and after the number ("（" and "）", "" and "."); for a bullet, the bullet itself is `before`. */
  before: string;
  after: string;
}

/**
 * The numbering of each level, per the template's language, cycling after three levels as Word's multilevel lists
 * do: a Chinese document counts 1. → （1） → ① (GB/T 9704's sub-item style, below the heading numbers
 * 一、（一）1.（1）); an English one 1. → a. → i.; bullets • → ◦ → ▪.
 */
export function listLevelStyle(language: string, ordered: boolean, level: number): ListLevelStyle {
  const cycle = level % 3;
  if (!ordered) return { format: 'bullet', before: ['•', '◦', '▪'][cycle]!, after: '' };
  if (cycle === 0) return { format: 'decimal', before: '', after: '.' };
  if (language === 'zh-CN') {
    return cycle === 1 ? { format: 'decimal', before: '（', after: '）' } : { format: 'decimalEnclosedCircle', before: '', after: '' };
  }
  return cycle === 1 ? { format: 'lowerLetter', before: '', after: '.' } : { format: 'lowerRoman', before: '', after: '.' };
}
