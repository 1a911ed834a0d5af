import { describe, expect, test } from 'vitest';
import { makePng } from '../../../../tests/fixtures/images.ts';
import { fitWithin, pngHasAlpha } from '../model/downscale.ts';
import { pngHeader } from './imageHeaders.ts';

describe('photo sizes', () => {
  test('fits the long side to 2400 keeping the aspect, portrait and landscape, never enlarging', () => {
    expect(fitWithin({ width: 6000, height: 4000 })).toEqual({ width: 2400, height: 1600 });
    expect(fitWithin({ width: 3000, height: 4500 })).toEqual({ width: 1600, height: 2400 });
    expect(fitWithin({ width: 2400, height: 100 })).toEqual({ width: 2400, height: 100 });
  });

  test('tells PNGs that can be transparent from opaque ones', () => {
    expect(pngHasAlpha(pngHeader(10, 10, 6))).toBe(true);
    expect(pngHasAlpha(pngHeader(10, 10, 2))).toBe(false);
    expect(pngHasAlpha(makePng(8, 8))).toBe(false);
  });
});
