import { describe, expect, test, vi } from 'vitest';
import { makePng } from '../../../../tests/fixtures/images.ts';
import { makeBmp, makeGif } from '../../../../tests/fixtures/photos/bmpGif.ts';
import { makeOrientedJpeg } from '../../../../tests/fixtures/photos/exifJpeg.ts';
import { heicFixtureBytes } from '../../../../tests/fixtures/photos/heicFixture.ts';
import { uprightPattern } from '../../../../tests/fixtures/photos/pattern.ts';
import { fitWithin } from '../model/downscale.ts';
import type { PhotoRenderer } from '../photos/photoRender.ts';
import { preparePhoto, type PhotoPipeline } from '../photos/preparePhoto.ts';
import { readExif } from '../photos/readExif.ts';
import { jpegHeader, pngHeader, wholeJpegShell } from './imageHeaders.ts';

/** A renderer that "decodes" to `decoded` (upright) and answers with a header of the size it would draw. */
function fakeRender(decoded: { width: number; height: number }) {
  return vi.fn<PhotoRenderer>(async ({ output, maxLongSide }) => {
    const fitted = fitWithin(decoded, maxLongSide);
    const bytes = output === 'png-if-transparent' ? pngHeader(fitted.width, fitted.height, 6) : jpegHeader(fitted.width, fitted.height);
    return { bytes, decoded };
  });
}

function pipeline(decoded: { width: number; height: number }, extra: Partial<PhotoPipeline> = {}) {
  const render = fakeRender(decoded);
  const decodeHeic = vi.fn<PhotoPipeline['decodeHeic']>(async () => ({ ok: false, error: 'not expected' }));
  return { render, readExif, decodeHeic, ...extra } satisfies PhotoPipeline;
}

describe('a photo made ready for the briefing', () => {
  test('a small upright JPEG or PNG is kept byte for byte, without drawing', async () => {
    const png = makePng(40, 30);
    const p = pipeline({ width: 40, height: 30 });
    const kept = await preparePhoto(png, 'm-1', p);
    expect(kept).toMatchObject({ ok: true, item: { id: 'm-1', mimeType: 'image/png', width: 40, height: 30 } });
    expect(kept.ok && kept.bytes).toBe(png);
    expect(p.render).not.toHaveBeenCalled();
  });

  test('a large JPEG is drawn at 2400 px, quality 0.92, and reports both sizes', async () => {
    const p = pipeline({ width: 6000, height: 4000 });
    const result = await preparePhoto(wholeJpegShell(6000, 4000), 'm-2', p);
    expect(p.render).toHaveBeenCalledWith(expect.objectContaining({ output: 'image/jpeg', maxLongSide: 2400, quality: 0.92 }));
    expect(result).toMatchObject({ ok: true, item: { width: 2400, height: 1600 }, resized: { from: { width: 6000, height: 4000 }, to: { width: 2400, height: 1600 } } });
  });

  test('a phone portrait with EXIF orientation 6 is drawn upright even when small, and its capture time offered', async () => {
    const bytes = makeOrientedJpeg(30, 40, uprightPattern(30, 40), 6, '2025:03:18 10:42:07');
    const p = pipeline({ width: 30, height: 40 });
    const result = await preparePhoto(bytes, 'm-3', p);
    expect(p.render).toHaveBeenCalledTimes(1);
    expect(result).toMatchObject({ ok: true, turned: true, item: { width: 30, height: 40 }, takenAt: { date: '2025-03-18', time: '10:42' } });
    expect(result.ok && result.resized).toBeUndefined();
  });

  test('WebP, BMP and GIF are drawn by the browser, may come out PNG when transparent, and say they were converted', async () => {
    const p = pipeline({ width: 16, height: 12 });
    const bmp = await preparePhoto(makeBmp(16, 12, uprightPattern(16, 12)), 'm-4', p);
    expect(bmp).toMatchObject({ ok: true, convertedFrom: 'bmp', item: { mimeType: 'image/png' } });
    expect(p.render).toHaveBeenLastCalledWith(expect.objectContaining({ source: expect.objectContaining({ kind: 'encoded', mimeType: 'image/bmp' }), output: 'png-if-transparent' }));
    const gif = await preparePhoto(makeGif(16, 12, [{ paint: uprightPattern(16, 12) }]), 'm-5', p);
    expect(gif).toMatchObject({ ok: true, convertedFrom: 'gif' });
  });

  test('HEIC goes to the host, and its pixels are drawn; a host refusal refuses the file', async () => {
    const rgba = new Uint8Array(120 * 160 * 4);
    const decodeHeic = vi.fn<PhotoPipeline['decodeHeic']>(async () => ({ ok: true, photo: { width: 120, height: 160, rgba, original: { width: 120, height: 160 } } }));
    const p = pipeline({ width: 120, height: 160 }, { decodeHeic });
    const result = await preparePhoto(heicFixtureBytes(), 'm-6', p);
    expect(decodeHeic).toHaveBeenCalledWith(expect.any(Uint8Array), 2400);
    expect(p.render).toHaveBeenCalledWith(expect.objectContaining({ source: { kind: 'pixels', width: 120, height: 160, rgba } }));
    expect(result).toMatchObject({ ok: true, convertedFrom: 'heic', item: { width: 120, height: 160 } });
    const refused = pipeline({ width: 1, height: 1 }, { decodeHeic: async () => ({ ok: false, error: 'damaged' }) });
    expect(await preparePhoto(heicFixtureBytes(), 'm-7', refused)).toEqual({ ok: false, reason: 'decodeFailed', format: 'heic' });
  });

  test('a cut-off JPEG or PNG is refused by the decode check, before any drawing; a text file is not a photo', async () => {
    const p = pipeline({ width: 40, height: 30 });
    const jpeg = makeOrientedJpeg(40, 30, uprightPattern(40, 30), 1);
    expect(await preparePhoto(jpeg.subarray(0, jpeg.length - 200), 'm-8', p)).toEqual({ ok: false, reason: 'truncated' });
    const png = makePng(40, 30);
    expect(await preparePhoto(png.subarray(0, png.length - 20), 'm-9', p)).toEqual({ ok: false, reason: 'truncated' });
    const flipped = png.slice();
    flipped[50] = flipped[50]! ^ 0xff;
    expect(await preparePhoto(flipped, 'm-10', p)).toEqual({ ok: false, reason: 'damaged' });
    expect(await preparePhoto(new TextEncoder().encode('GIF-like text, not ours'), 'm-11', p)).toEqual({ ok: false, reason: 'notImage' });
    expect(p.render).not.toHaveBeenCalled();
  });

  test('a file or photo beyond the import limits is refused with its size', async () => {
    const p = pipeline({ width: 1, height: 1 });
    expect(await preparePhoto(wholeJpegShell(10_000, 9_000), 'm-12', p)).toEqual({ ok: false, reason: 'tooLarge', pixels: 90_000_000 });
    const huge = new Uint8Array(26 * 1024 * 1024);
    huge.set(wholeJpegShell(10, 10));
    expect(await preparePhoto(huge, 'm-13', p)).toMatchObject({ ok: false, reason: 'tooLarge', bytes: huge.length });
    // A GIF whose header claims 60000×60000 never reaches the decoder.
    const bomb = makeGif(16, 12, [{ paint: uprightPattern(16, 12) }]);
    bomb.set([0x60, 0xea, 0x60, 0xea], 6);
    expect(await preparePhoto(bomb, 'm-14', p)).toEqual({ ok: false, reason: 'tooLarge', pixels: 3_600_000_000 });
    expect(p.render).not.toHaveBeenCalled();
  });
});
