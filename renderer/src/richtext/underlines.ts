import { createContext, useContext } from 'react';
import { Element, Text, type NodeEntry, type Range } from 'slate';

export type UnderlineSeverity = 'error' | 'warning' | 'hint';

/** A stretch of one text block to underline: the block's Slate path, offsets into its leaves' texts concatenated. */
export interface Underline {
  path: readonly number[];
  start: number;
  end: number;
  severity: UnderlineSeverity;
}

const NONE: readonly Underline[] = [];

/**
 * The underlines for the rich-text field with this DOM id. The app provides it (the checker's findings); without
 * a provider a field has none.
 */
export const UnderlinesContext = createContext<(fieldId: string) => readonly Underline[]>(() => NONE);

export function useUnderlines(fieldId: string | undefined): readonly Underline[] {
  const of = useContext(UnderlinesContext);
  return fieldId ? of(fieldId) : NONE;
}

const samePath = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((n, i) => n === b[i]);

/**
 * Slate decorations for the underlines of one block. The findings may be a check behind the text (they follow
 * typing at idle time), so a range past the block's current end is skipped, never mapped out of bounds.
 */
export function underlineRanges(underlines: readonly Underline[], [node, path]: NodeEntry): Range[] {
  if (underlines.length === 0 || !Element.isElement(node) || !node.children.every((c) => Text.isText(c))) return [];
  const mine = underlines.filter((u) => samePath(u.path, path));
  if (mine.length === 0) return [];
  const leaves = node.children as Text[];
  const total = leaves.reduce((n, leaf) => n + leaf.text.length, 0);
  const point = (offset: number) => {
    let left = offset;
    for (let i = 0; i < leaves.length; i++) {
      const length = leaves[i]!.text.length;
      if (left <= length) return { path: [...path, i], offset: left };
      left -= length;
    }
    return undefined;
  };
  return mine.flatMap((u) => {
    if (u.end > total || u.start >= u.end) return [];
    const anchor = point(u.start);
    const focus = point(u.end);
    return anchor && focus ? [{ anchor, focus, check: u.severity }] : [];
  });
}
