import { describe, expect, test } from 'vitest';
import type { Descendant } from 'slate';
import { underlineRanges, type Underline } from '../underlines.ts';

const block: Descendant = { type: 'paragraph', children: [{ text: '今天,开会。' }, { text: '明天,出发', bold: true }] };
const at = (start: number, end: number, path = [2]): Underline => ({ path, start, end, severity: 'warning' });

describe('underline decorations', () => {
  test('map offsets into the block text onto its leaves, across a mark boundary', () => {
    expect(underlineRanges([at(2, 3), at(8, 9)], [block, [2]])).toEqual([
      { anchor: { path: [2, 0], offset: 2 }, focus: { path: [2, 0], offset: 3 }, check: 'warning' },
      { anchor: { path: [2, 1], offset: 2 }, focus: { path: [2, 1], offset: 3 }, check: 'warning' },
    ]);
  });

  test('only for the block at the path, and never past the current text (findings may be a check behind)', () => {
    expect(underlineRanges([at(2, 3, [1])], [block, [2]])).toEqual([]);
    expect(underlineRanges([at(10, 20)], [block, [2]])).toEqual([]);
  });
});
