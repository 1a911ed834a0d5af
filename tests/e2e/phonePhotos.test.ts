import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBriefing } from '../../core/node/briefingFile.ts';
import { E2EHarness } from '../e2e-harness/harness.ts';
import { makePng } from '../fixtures/images.ts';
import { makeBmp, makeGif } from '../fixtures/photos/bmpGif.ts';
import { makeOrientedJpeg } from '../fixtures/photos/exifJpeg.ts';
import { heicFixtureBytes } from '../fixtures/photos/heicFixture.ts';
import { uprightPattern } from '../fixtures/photos/pattern.ts';
import { expectNoErrors, select } from './specs/app.ts';
import { closeExportDialog, exportVia } from './specs/exporting.ts';
import { saveAs } from './specs/files.ts';
import { docxImages, pdfImages, printedBands, probeColours, UPRIGHT, webpFromPage } from './specs/photoReadBack.ts';
import { newBriefingFromTemplate } from './specs/welcome.ts';

const file = (name: string, mimeType: string, bytes: Uint8Array) => ({ name, mimeType, buffer: Buffer.from(bytes) });

/** What each phone file must become in the briefing and in both exports: upright, of this size and type. */
const EXPECTED = [
  { name: 'IMG_4032.jpg', width: 240, height: 320, mimeType: 'image/jpeg' },
  { name: 'IMG_5001.HEIC', width: 120, height: 160, mimeType: 'image/jpeg' },
  { name: 'wechat.webp', width: 2400, height: 1800, mimeType: 'image/jpeg' },
  { name: 'scan.bmp', width: 200, height: 150, mimeType: 'image/jpeg' },
  { name: 'sticker.gif', width: 160, height: 120, mimeType: 'image/png' },
] as const;

const sizeKey = (w: number, h: number) => `${w}×${h}`;

describe('photos from phones', () => {
  let harness: E2EHarness;
  let page: Page | undefined;
  beforeAll(async () => {
    harness = await E2EHarness.start({ language: 'zh-CN' });
  });
  afterAll(() => harness?.close());

  /** A new window with a new briefing for each test (and each retry), so nothing carries over. */
  async function freshBriefing(): Promise<Page> {
    await page?.close({ runBeforeUnload: false });
    page = await harness.openApp();
    await newBriefingFromTemplate(page, 'cn-work-briefing');
    await page.locator('#meta-title').fill('手机照片调研简报');
    return page;
  }

  it('a cut-off JPEG and a damaged PNG are refused on import with a message naming the file', { timeout: 120_000 }, async () => {
    const page = await freshBriefing();
    await select(page, 'photos');
    const before = await page.getByTestId('photo-card').count();
    const jpeg = makeOrientedJpeg(120, 90, uprightPattern(120, 90), 1);
    const png = makePng(64, 48);
    png[60] = png[60]! ^ 0xff;
    await page.getByTestId('photos-add-input').setInputFiles([
      file('cut.jpg', 'image/jpeg', jpeg.subarray(0, Math.floor(jpeg.length * 0.6))),
      file('broken.png', 'image/png', png),
    ]);
    await expect.poll(() => page.getByText('“cut.jpg”的图像数据不完整（文件被截断），未添加').count()).toBe(1);
    await expect.poll(() => page.getByText('“broken.png”的图像数据已损坏，无法解码，未添加').count()).toBe(1);
    expect(await page.getByTestId('photo-card').count()).toBe(before);
    expectNoErrors(harness.errors);
  });

  it('a portrait JPEG (EXIF 6), a HEIC, a WebP, a BMP and a two-frame GIF print upright and at the expected size in DOCX and PDF', { timeout: 240_000 }, async () => {
    const page = await freshBriefing();
    // The portrait as a phone stores it: landscape pixels, Orientation 6, taken at 10:42 — added to a site.
    await select(page, 'sites');
    await page.getByTestId('site-add').click();
    const card = page.getByTestId('site-card').last();
    await card.locator('input[id$="-name"]').fill('生产车间');
    await card.getByTestId('site-add-photo-input').setInputFiles(file('IMG_4032.jpg', 'image/jpeg', makeOrientedJpeg(240, 320, uprightPattern(240, 320), 6, '2025:03:18 10:42:07')));
    await expect.poll(() => card.getByTestId('photo-thumb').count()).toBe(1);
    await expect.poll(() => page.getByText('“IMG_4032.jpg”已按拍摄方向摆正').count()).toBe(1);
    // The capture time is offered, not applied, until the user takes it.
    expect(await card.locator('input[id$="-time"]').inputValue()).toBe('');
    await card.getByTestId('capture-time-use').click();
    expect(await card.locator('input[id$="-time"]').inputValue()).toBe('10:42');
    expect(await card.getByTestId('capture-time-offer').count()).toBe(0);

    // The gallery: a HEIC from an iPhone, a WebP from WeChat (made by this Chromium, 3200×2400), a BMP, a GIF.
    const webp = await webpFromPage(page, 3200, 2400);
    const transparentCorner = (x: number, y: number) => x >= 152 && y >= 112;
    const gif = makeGif(160, 120, [{ paint: uprightPattern(160, 120), transparent: transparentCorner }, { paint: () => [0, 0, 0] }]);
    await select(page, 'photos');
    await page.getByTestId('photos-add-input').setInputFiles([
      file('IMG_5001.HEIC', '', heicFixtureBytes()),
      file('wechat.webp', 'image/webp', webp),
      file('scan.bmp', 'image/bmp', makeBmp(200, 150, uprightPattern(200, 150))),
      file('sticker.gif', 'image/gif', gif),
    ]);
    await expect.poll(() => page.getByTestId('photo-card').count(), { timeout: 60_000 }).toBe(4);
    for (const text of ['“IMG_5001.HEIC”已从 HEIC 转换为 JPEG', '“wechat.webp”已从 WebP 转换为 JPEG', '照片已从 3200×2400 缩小到 2400×1800（wechat.webp）', '“sticker.gif”已从 GIF 转换为 PNG']) {
      await expect.poll(() => page.getByText(text).count(), { message: text }).toBeGreaterThan(0);
    }

    const saved = path.join(harness.workDir, 'phone-photos.briefing');
    await saveAs(page, harness, saved);
    const doc = await openBriefing(saved);
    expect(doc.briefing.media.map((m) => [m.mimeType, m.width, m.height])).toEqual(EXPECTED.map((e) => [e.mimeType, e.width, e.height]));
    for (const item of doc.briefing.media) expect(await probeColours(page, doc.media.get(item.id)!, item.mimeType), item.id).toEqual(UPRIGHT);

    const [docx, pdf] = await exportVia(page, harness, ['docx', 'pdf'], path.join(harness.workDir, 'phone-photos'));
    await closeExportDialog(page);

    // DOCX: each photo's media file has the upright pixels and size, and Word shows it with the same aspect.
    const images = await docxImages(docx!);
    const bySize = new Map(images.map((image) => [sizeKey(image.info.width, image.info.height), image]));
    for (const expected of EXPECTED) {
      const image = bySize.get(sizeKey(expected.width, expected.height));
      expect(image, `${expected.name} in the DOCX`).toBeDefined();
      expect(image!.info.mimeType).toBe(expected.mimeType);
      expect(await probeColours(page, image!.bytes, expected.mimeType), expected.name).toEqual(UPRIGHT);
      expect(image!.extent.cx / image!.extent.cy).toBeCloseTo(expected.width / expected.height, 2);
    }

    // PDF: the embedded pixels are upright and whole-size, and the printed page shows each photo upright.
    const embedded = await pdfImages(pdf!);
    for (const expected of EXPECTED) {
      const image = embedded.find((e) => e.width === expected.width && e.height === expected.height);
      expect(image, `${expected.name} in the PDF`).toBeDefined();
      expect(image!.problems, expected.name).toEqual([]);
    }
    const bands = await printedBands(pdf!);
    expect(bands).toHaveLength(EXPECTED.length);
    for (const band of bands) {
      expect(band.width, JSON.stringify(band)).toBeGreaterThan(band.height * 2);
      expect([band.belowLeft, band.belowRight], JSON.stringify(band)).toEqual(['cyan', 'green']);
    }
    expectNoErrors(harness.errors);
  });
});
