import { describe, expect, test, vi } from 'vitest';
import { makePng } from '../../../../tests/fixtures/images.ts';
import { fitWithin, importPhoto, pngHasAlpha, type ImageResizer } from '../model/downscale.ts';
import { jpegHeader, pngHeader } from './imageHeaders.ts';

/** A resizer that "scales" by answering with an image header of the size it was asked for. */
function fakeResizer(size: { width: number; height: number }): ImageResizer {
  return vi.fn(async ({ output, maxLongSide }) => {
    const fitted = fitWithin(size, maxLongSide);
    return output === 'png-if-transparent' ? pngHeader(fitted.width, fitted.height, 6) : jpegHeader(fitted.width, fitted.height);
  });
}

describe('photo import: check and scale', () => {
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

  test('a large JPEG is re-encoded as a 2400 px JPEG at quality 0.88 and reports both sizes', async () => {
    const resize = fakeResizer({ width: 6000, height: 4000 });
    const result = await importPhoto(jpegHeader(6000, 4000), 'm-1', resize);
    expect(resize).toHaveBeenCalledWith(expect.objectContaining({ mimeType: 'image/jpeg', output: 'image/jpeg', maxLongSide: 2400, quality: 0.88 }));
    expect(result).toMatchObject({
      ok: true,
      item: { id: 'm-1', mimeType: 'image/jpeg', width: 2400, height: 1600 },
      resized: { from: { width: 6000, height: 4000 }, to: { width: 2400, height: 1600 } },
    });
  });

  test('a large PNG with alpha may stay PNG (the resizer checks the pixels); an RGB PNG becomes JPEG', async () => {
    const resize = fakeResizer({ width: 5000, height: 5000 });
    const transparent = await importPhoto(pngHeader(5000, 5000, 6), 'm-2', resize);
    expect(resize).toHaveBeenCalledWith(expect.objectContaining({ output: 'png-if-transparent' }));
    expect(transparent).toMatchObject({ ok: true, item: { mimeType: 'image/png', width: 2400, height: 2400 } });
    const opaque = fakeResizer({ width: 5000, height: 2500 });
    await importPhoto(pngHeader(5000, 2500, 2), 'm-3', opaque);
    expect(opaque).toHaveBeenCalledWith(expect.objectContaining({ output: 'image/jpeg' }));
  });

  test('a photo within the limit is kept byte for byte; a non-image or a failed decode is refused', async () => {
    const small = makePng(40, 30);
    const resize = fakeResizer({ width: 40, height: 30 });
    const kept = await importPhoto(small, 'm-4', resize);
    expect(kept).toMatchObject({ ok: true, item: { mimeType: 'image/png', width: 40, height: 30 } });
    expect(kept.ok && kept.bytes).toBe(small);
    expect(resize).not.toHaveBeenCalled();
    expect(await importPhoto(new TextEncoder().encode('GIF89a not ours'), 'm-5', resize)).toEqual({ ok: false, reason: 'notImage' });
    const broken: ImageResizer = () => Promise.reject(new Error('decode failed'));
    expect(await importPhoto(jpegHeader(3000, 3000), 'm-6', broken)).toEqual({ ok: false, reason: 'resizeFailed' });
  });

  test('a phone photo rotated by EXIF is reported in its upright orientation', async () => {
    // The sensor says 6000×4000; the browser decodes it upright (4000×6000) and scales that.
    const result = await importPhoto(jpegHeader(6000, 4000), 'm-7', fakeResizer({ width: 4000, height: 6000 }));
    expect(result).toMatchObject({ ok: true, resized: { from: { width: 4000, height: 6000 }, to: { width: 1600, height: 2400 } } });
  });
});
