import exifr from 'exifr';
import jpeg from 'jpeg-js';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { imageDamage } from '../core/model/index.ts';
import { decodeHeic } from '../core/node/photos/decodeHeic.ts';
import { parseCaptureTime } from '../core/photos/captureTime.ts';
import { orientationOf, swapsSides } from '../core/photos/orientation.ts';
import { sniffPhotoFormat } from '../core/photos/photoFormat.ts';
import { declaredPixelSize } from '../core/photos/photoSize.ts';
import { hostHarness } from './helpers/hostHarness.ts';
import { makePng } from './fixtures/images.ts';
import { makeBmp, makeGif } from './fixtures/photos/bmpGif.ts';
import { makeOrientedJpeg } from './fixtures/photos/exifJpeg.ts';
import { HEIC_FIXTURE, heicFixtureBytes } from './fixtures/photos/heicFixture.ts';
import { patternProblems, uprightPattern } from './fixtures/photos/pattern.ts';

const pixelsOf = (data: Uint8Array, width: number) => (x: number, y: number) => [...data.subarray((y * width + x) * 4, (y * width + x) * 4 + 3)];

describe('photo formats are told by their bytes', () => {
  it.each([
    ['jpeg', () => makeOrientedJpeg(30, 40, uprightPattern(30, 40), 6)],
    ['png', () => makePng(8, 8)],
    ['bmp', () => makeBmp(8, 8, uprightPattern(8, 8))],
    ['gif', () => makeGif(8, 8, [{ paint: uprightPattern(8, 8) }])],
    ['heic', heicFixtureBytes],
    ['webp', () => new Uint8Array([...new TextEncoder().encode('RIFF'), 30, 0, 0, 0, ...new TextEncoder().encode('WEBPVP8 ')])],
  ])('%s', (format, make) => {
    expect(sniffPhotoFormat(make())).toBe(format);
  });

  it('an AVIF (HEIF with AV1 inside) and a text file are not photos we can read', () => {
    const avif = new Uint8Array([0, 0, 0, 24, ...new TextEncoder().encode('ftypmif1\0\0\0\0mif1avif')]);
    expect(sniffPhotoFormat(avif)).toBeUndefined();
    expect(sniffPhotoFormat(new TextEncoder().encode('just some text here'))).toBeUndefined();
  });
});

describe('the EXIF fixture is what a phone writes', () => {
  it('a portrait taken upright: landscape pixels, Orientation 6, DateTimeOriginal; exifr reads both', async () => {
    const bytes = makeOrientedJpeg(30, 40, uprightPattern(30, 40), 6, '2025:03:18 10:42:07');
    const decoded = jpeg.decode(bytes, { useTArray: true });
    expect([decoded.width, decoded.height]).toEqual([40, 30]);
    expect(imageDamage(bytes)).toBeUndefined();
    const tags = await exifr.parse(bytes, { pick: ['Orientation', 'DateTimeOriginal'], translateValues: false, reviveValues: false });
    expect(tags).toMatchObject({ Orientation: 6, DateTimeOriginal: '2025:03:18 10:42:07' });
    expect(swapsSides(orientationOf(tags.Orientation))).toBe(true);
    // Stored sideways: the upright pattern is not what the raw pixels show.
    expect(patternProblems(pixelsOf(decoded.data, 40), 40, 30)).not.toEqual([]);
  });

  it('the capture time is read as the camera wrote it (no time zone shift)', () => {
    expect(parseCaptureTime('2025:03:18 10:42:07')).toEqual({ date: '2025-03-18', time: '10:42' });
    expect(parseCaptureTime('0000:00:00 00:00:00')).toBeUndefined();
    expect(parseCaptureTime(undefined)).toBeUndefined();
  });
});

describe('HEIC is decoded by the host', () => {
  it('the committed fixture comes out upright, 120×160', async () => {
    const decoded = await decodeHeic(heicFixtureBytes(), 2400);
    if (!decoded.ok) throw new Error(decoded.error);
    const { photo } = decoded;
    expect([photo.width, photo.height]).toEqual([HEIC_FIXTURE.width, HEIC_FIXTURE.height]);
    expect(photo.rgba.length).toBe(120 * 160 * 4);
    expect(patternProblems(pixelsOf(photo.rgba, photo.width), photo.width, photo.height)).toEqual([]);
  });

  it('scaled to the long side asked for, still upright', async () => {
    const decoded = await decodeHeic(heicFixtureBytes(), 80);
    if (!decoded.ok) throw new Error(decoded.error);
    expect([decoded.photo.width, decoded.photo.height, decoded.photo.original]).toEqual([60, 80, { width: 120, height: 160 }]);
    expect(patternProblems(pixelsOf(decoded.photo.rgba, 60), 60, 80)).toEqual([]);
  });

  it('a truncated HEIC and a JPEG sent as HEIC are refused with a reason', async () => {
    const cut = heicFixtureBytes().subarray(0, 500);
    expect(await decodeHeic(cut, 2400)).toMatchObject({ ok: false, error: expect.stringMatching(/HEIC/) });
    expect(await decodeHeic(makeOrientedJpeg(8, 8, uprightPattern(8, 8), 1), 2400)).toEqual({ ok: false, error: 'not a HEIC/HEIF image' });
  });

  const dirs: string[] = [];
  afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

  it('through the IPC handler: validated payload, pixels back; a bad payload never reaches the decoder', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'heic-ipc-'));
    dirs.push(dir);
    const host = hostHarness(dir);
    const answer = await host.call('photos:decodeHeic', { bytes: heicFixtureBytes(), maxLongSide: 2400 });
    expect(answer).toMatchObject({ ok: true, photo: { width: 120, height: 160 } });
    expect(await host.raw('photos:decodeHeic', { bytes: 'AAAA', maxLongSide: 2400 })).toMatchObject({ ok: false, error: expect.stringMatching(/^invalid request: bytes/) });
    expect(await host.raw('photos:decodeHeic', { bytes: heicFixtureBytes(), maxLongSide: 90_000 })).toMatchObject({ ok: false, error: expect.stringMatching(/^invalid request: maxLongSide/) });
    await host.dispose();
  });
});

describe('the pixel size a WebP, BMP or GIF declares is read before decoding', () => {
  it('BMP and GIF from their headers; a bomb-sized header is seen as such', () => {
    expect(declaredPixelSize(makeBmp(20, 10, uprightPattern(20, 10)), 'bmp')).toEqual({ width: 20, height: 10 });
    expect(declaredPixelSize(makeGif(16, 12, [{ paint: uprightPattern(16, 12) }]), 'gif')).toEqual({ width: 16, height: 12 });
    const bomb = makeGif(16, 12, [{ paint: uprightPattern(16, 12) }]);
    bomb.set([0x60, 0xea, 0x60, 0xea], 6);
    expect(declaredPixelSize(bomb, 'gif')).toEqual({ width: 60000, height: 60000 });
  });

  it('WebP: extended, lossy and lossless headers', () => {
    const riff = (chunk: string, body: number[]) => new Uint8Array([...new TextEncoder().encode('RIFF'), 0, 0, 0, 0, ...new TextEncoder().encode(`WEBP${chunk}`), 0, 0, 0, 0, ...body, ...new Array(20).fill(0)]);
    // VP8X: flags + 3 reserved, then width−1 and height−1 in 24 bits.
    expect(declaredPixelSize(riff('VP8X', [0, 0, 0, 0, 0x7f, 0x0c, 0, 0xbf, 0x0b, 0]), 'webp')).toEqual({ width: 3200, height: 3008 });
    // VP8: 3-byte frame tag, start code 9d 01 2a, then 14-bit width and height.
    expect(declaredPixelSize(riff('VP8 ', [0, 0, 0, 0x9d, 0x01, 0x2a, 0x80, 0x0c, 0x60, 0x09]), 'webp')).toEqual({ width: 3200, height: 2400 });
    // VP8L: signature 0x2f, then (width−1) | (height−1) << 14.
    const bits = 99 | (49 << 14);
    expect(declaredPixelSize(riff('VP8L', [0x2f, bits & 255, (bits >> 8) & 255, (bits >> 16) & 255, (bits >> 24) & 255]), 'webp')).toEqual({ width: 100, height: 50 });
  });
});

describe('a HEIC declares its size in its ispe property', () => {
  it('the fixture says 120×160', () => {
    expect(declaredPixelSize(heicFixtureBytes(), 'heic')).toEqual({ width: 120, height: 160 });
  });
});
