import { describe, expect, it } from 'vitest';
import type { PageGeometry } from '../../../../core/export/html/index.ts';
import { folioBoxes, folioText, type FolioStyle } from '../folios.ts';
import { DESK_GAP_MM } from '../pagedCss.ts';

const A4: PageGeometry = {
  size: 'A4',
  orientation: 'portrait',
  widthMm: 210,
  heightMm: 297,
  margins: { top: 37, bottom: 35, left: 28, right: 26 },
  typeWidthMm: 156,
  typeHeightMm: 225,
};
const GBT: FolioStyle = { pattern: '— {n} —', odd: 'right', even: 'left', insetChars: 1, numberFirstPage: true, css: '', liftMm: 7 };

describe('page numbers on the preview pages', () => {
  it('writes the template pattern with the page and the total', () => {
    expect(folioText('— {n} —', 3, 7)).toBe('— 3 —');
    expect(folioText('Page {n} of {total}', 3, 7)).toBe('Page 3 of 7');
  });

  it('puts odd pages at the right and even pages at the left, one sheet apart, in the bottom margin', () => {
    const boxes = folioBoxes(GBT, A4, 3);
    expect(boxes.map((b) => [b.text, b.side])).toEqual([
      ['— 1 —', 'right'],
      ['— 2 —', 'left'],
      ['— 3 —', 'right'],
    ]);
    expect(boxes[1]!.topMm - boxes[0]!.topMm).toBe(297 + DESK_GAP_MM);
    expect(boxes[0]!.topMm).toBe(DESK_GAP_MM + 297 - 35);
    expect(boxes[0]!.heightMm).toBe(35 - 7);
  });

  it('leaves the first page unnumbered when the template says so', () => {
    const boxes = folioBoxes({ ...GBT, pattern: 'Page {n} of {total}', numberFirstPage: false }, A4, 2);
    expect(boxes.map((b) => b.text)).toEqual(['Page 2 of 2']);
  });
});
