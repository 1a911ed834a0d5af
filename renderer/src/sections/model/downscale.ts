import { sniffImage, type ImageMimeType, type MediaItem } from '../../../../core/model/index.ts';

/** Photos larger than this on their long side are scaled down on import: sharp on an A4 page, far smaller files. */
export const MAX_LONG_SIDE = 2400;
export const JPEG_QUALITY = 0.88;

export interface Size {
  width: number;
  height: number;
}

/** The size that fits within `max` on the long side, keeping the aspect ratio; never larger than the original. */
export function fitWithin(size: Size, max = MAX_LONG_SIDE): Size {
  const long = Math.max(size.width, size.height);
  if (long <= max) return size;
  const scale = max / long;
  return {
    width: Math.max(1, Math.round(size.width * scale)),
    height: Math.max(1, Math.round(size.height * scale)),
  };
}

/** Whether a PNG can be transparent: an alpha channel (colour types 4 and 6) or a tRNS chunk before the pixels. */
export function pngHasAlpha(bytes: Uint8Array): boolean {
  const colourType = bytes[25];
  if (colourType === 4 || colourType === 6) return true;
  let at = 8;
  while (at + 8 <= bytes.length) {
    const length = ((bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!) >>> 0;
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    if (type === 'tRNS') return true;
    if (type === 'IDAT' || type === 'IEND') return false;
    at += 12 + length;
  }
  return false;
}

export interface ResizeRequest {
  bytes: Uint8Array;
  mimeType: ImageMimeType;
  /** The long side of the result; the resizer keeps the decoded image's aspect (after EXIF rotation). */
  maxLongSide: number;
  /**
   * JPEG, or for a PNG that can be transparent (alpha channel or tRNS): PNG if its pixels really are transparent,
   * else JPEG (screenshots are often RGBA yet fully opaque).
   */
  output: 'image/jpeg' | 'png-if-transparent';
  quality: number;
}

/** Decodes, scales and re-encodes an image. The browser one draws on a canvas; tests inject a fake. */
export type ImageResizer = (request: ResizeRequest) => Promise<Uint8Array>;

export type PhotoImport =
  | { ok: true; item: MediaItem; bytes: Uint8Array; resized?: { from: Size; to: Size } }
  | { ok: false; reason: 'notImage' | 'resizeFailed' };

/** Reports the original's size in the orientation of the result, so a rotated phone photo reads 4000×6000 → 1600×2400. */
function orientedLike(from: Size, to: Size): Size {
  return from.width > from.height === to.width > to.height ? from : { width: from.height, height: from.width };
}

/**
 * A file's bytes made ready for the briefing: checked to be a PNG or JPEG by its bytes, and scaled down when
 * larger than MAX_LONG_SIDE (JPEG out, except a PNG with transparent pixels, which stays PNG).
 */
export async function importPhoto(bytes: Uint8Array, id: string, resize: ImageResizer): Promise<PhotoImport> {
  const info = sniffImage(bytes);
  if (!info) return { ok: false, reason: 'notImage' };
  const original = { width: info.width, height: info.height };
  if (Math.max(info.width, info.height) <= MAX_LONG_SIDE) {
    return { ok: true, bytes, item: { id, mimeType: info.mimeType, ...original } };
  }
  const output = info.mimeType === 'image/png' && pngHasAlpha(bytes) ? 'png-if-transparent' : 'image/jpeg';
  let scaled: Uint8Array;
  try {
    scaled = await resize({ bytes, mimeType: info.mimeType, maxLongSide: MAX_LONG_SIDE, output, quality: JPEG_QUALITY });
  } catch {
    return { ok: false, reason: 'resizeFailed' };
  }
  const result = sniffImage(scaled);
  if (!result) return { ok: false, reason: 'resizeFailed' };
  const to = { width: result.width, height: result.height };
  return {
    ok: true,
    bytes: scaled,
    item: { id, mimeType: result.mimeType, ...to },
    resized: { from: orientedLike(original, to), to },
  };
}
