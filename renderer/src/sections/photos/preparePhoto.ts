import type { DecodedPhoto } from '../../../../core/ipc/contract.ts';
import type { Outcome } from '../../../../core/ipc/wire.ts';
import { imageDamage, PHOTO_IMPORT_LIMITS, sniffImage, type MediaItem } from '../../../../core/model/index.ts';
import type { CaptureTime } from '../../../../core/photos/captureTime.ts';
import { needsUpright } from '../../../../core/photos/orientation.ts';
import { PHOTO_FORMAT_MIME, sniffPhotoFormat, type PhotoFormat } from '../../../../core/photos/photoFormat.ts';
import { declaredPixelSize } from '../../../../core/photos/photoSize.ts';
import { MAX_LONG_SIDE, pngHasAlpha, type Size } from '../model/downscale.ts';
import { PHOTO_JPEG_QUALITY, type PhotoRenderer, type PhotoSource, type RenderRequest } from './photoRender.ts';
import type { PhotoExif } from './readExif.ts';

export interface PhotoPipeline {
  render: PhotoRenderer;
  readExif(bytes: Uint8Array): Promise<PhotoExif>;
  /** The host's HEIC decoder (photos:decodeHeic). */
  decodeHeic(bytes: Uint8Array, maxLongSide: number): Promise<Outcome<{ photo: DecodedPhoto }>>;
}

export type PhotoRefusal =
  | { reason: 'notImage' }
  | { reason: 'truncated' | 'damaged' }
  | { reason: 'tooLarge'; bytes?: number; pixels?: number }
  | { reason: 'decodeFailed'; format: PhotoFormat };

export type PreparedPhoto =
  | {
      ok: true;
      item: MediaItem;
      bytes: Uint8Array;
      /** Scaled down to fit MAX_LONG_SIDE: the upright original size and the result's. */
      resized?: { from: Size; to: Size };
      /** Converted from a format a briefing cannot hold (HEIC, WebP, BMP, GIF). */
      convertedFrom?: PhotoFormat;
      /** Turned upright by its EXIF orientation. */
      turned?: boolean;
      takenAt?: CaptureTime;
    }
  | ({ ok: false } & PhotoRefusal);

const CONVERTED: ReadonlySet<PhotoFormat> = new Set(['heic', 'webp', 'bmp', 'gif']);

/** A damaged JPEG or PNG, told apart as cut off (a partial download or copy) or otherwise broken. */
function damageOf(bytes: Uint8Array): PhotoRefusal | undefined {
  const damage = imageDamage(bytes);
  if (!damage) return undefined;
  return { reason: /cut off|truncated/.test(damage) ? 'truncated' : 'damaged' };
}

/**
 * A chosen file made ready for the briefing, which holds only whole JPEG and PNG images with upright pixels:
 * - JPEG and PNG are decode-checked (a cut-off or damaged file is refused, not printed half grey) and kept as they
 *   are unless their EXIF orientation turns them or they are larger than MAX_LONG_SIDE;
 * - HEIC (decoded by the host), WebP, BMP and GIF (the first frame) are converted: JPEG, or PNG when transparent;
 * - the EXIF capture time is returned, for the user to take as the site's time or not.
 */
export async function preparePhoto(bytes: Uint8Array, id: string, pipeline: PhotoPipeline): Promise<PreparedPhoto> {
  if (bytes.length > PHOTO_IMPORT_LIMITS.maxFileBytes) return { ok: false, reason: 'tooLarge', bytes: bytes.length };
  const format = sniffPhotoFormat(bytes);
  if (!format) return { ok: false, reason: 'notImage' };
  let stored: Size | undefined;
  if (format === 'jpeg' || format === 'png') {
    const info = sniffImage(bytes);
    if (!info) return { ok: false, reason: 'notImage' };
    if (info.width * info.height > PHOTO_IMPORT_LIMITS.maxPixels) return { ok: false, reason: 'tooLarge', pixels: info.width * info.height };
    const damage = damageOf(bytes);
    if (damage) return { ok: false, ...damage };
    stored = { width: info.width, height: info.height };
  } else {
    const declared = declaredPixelSize(bytes, format);
    if (declared && declared.width * declared.height > PHOTO_IMPORT_LIMITS.maxPixels) return { ok: false, reason: 'tooLarge', pixels: declared.width * declared.height };
  }
  const exif = format === 'png' || format === 'bmp' || format === 'gif' ? { orientation: 1 as const } : await pipeline.readExif(bytes);
  const takenAt = exif.takenAt ? { takenAt: exif.takenAt } : {};
  // libheif already applies a HEIC's own rotation (irot/imir); its EXIF orientation repeats it and must not turn it twice.
  const turn = format !== 'heic' && needsUpright(exif.orientation);
  const convert = CONVERTED.has(format);
  if (stored && !convert && !turn && Math.max(stored.width, stored.height) <= MAX_LONG_SIDE) {
    return { ok: true, bytes, item: { id, mimeType: format === 'png' ? 'image/png' : 'image/jpeg', ...stored }, ...takenAt };
  }

  let source: PhotoSource = { kind: 'encoded', bytes, mimeType: PHOTO_FORMAT_MIME[format] };
  let original: Size | undefined;
  if (format === 'heic') {
    const decoded = await pipeline.decodeHeic(bytes, MAX_LONG_SIDE).catch(() => undefined);
    if (!decoded?.ok) return { ok: false, reason: 'decodeFailed', format };
    const { photo } = decoded;
    source = { kind: 'pixels', width: photo.width, height: photo.height, rgba: photo.rgba };
    original = photo.original;
  }
  const mayBeTransparent = format === 'png' ? pngHasAlpha(bytes) : format !== 'jpeg';
  const request: RenderRequest = {
    source,
    maxLongSide: MAX_LONG_SIDE,
    output: mayBeTransparent ? 'png-if-transparent' : 'image/jpeg',
    quality: PHOTO_JPEG_QUALITY,
  };
  let out: Uint8Array;
  try {
    const rendered = await pipeline.render(request);
    out = rendered.bytes;
    original ??= rendered.decoded;
  } catch {
    // The browser could not decode it: a WebP/BMP/GIF that is damaged, or a variant Chromium does not read.
    return convert ? { ok: false, reason: 'decodeFailed', format } : { ok: false, reason: 'damaged' };
  }
  const result = sniffImage(out);
  if (!result) return { ok: false, reason: 'decodeFailed', format };
  const to = { width: result.width, height: result.height };
  const from = original ?? to;
  return {
    ok: true,
    bytes: out,
    item: { id, mimeType: result.mimeType, ...to },
    ...(Math.max(from.width, from.height) > MAX_LONG_SIDE ? { resized: { from, to } } : {}),
    ...(convert ? { convertedFrom: format } : {}),
    ...(turn ? { turned: true } : {}),
    ...takenAt,
  };
}
