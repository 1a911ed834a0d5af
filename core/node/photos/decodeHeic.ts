import type { DecodedPhoto } from '../../ipc/contract.ts';
import { PHOTO_IMPORT_LIMITS } from '../../model/index.ts';
import { sniffPhotoFormat } from '../../photos/photoFormat.ts';
import { scaleRgbaDown } from './scaleRgba.ts';

export type HeicDecode = { ok: true; photo: DecodedPhoto } | { ok: false; error: string };

const megapixels = (n: number) => `${(n / 1e6).toFixed(0)} megapixels`;

/**
 * The primary image of a HEIC/HEIF photo (what iPhones save) as RGBA pixels, upright (libheif applies the file's
 * rotation and mirroring), scaled to at most `maxLongSide`. The browser cannot decode HEIC and the renderer's CSP
 * allows no WebAssembly, so the host does it: libheif compiled to WebAssembly (libheif-js, through heic-decode),
 * loaded on first use, offline. Checked before decoding: the format and the pixel count (PHOTO_IMPORT_LIMITS).
 */
export async function decodeHeic(bytes: Uint8Array, maxLongSide: number): Promise<HeicDecode> {
  if (bytes.length > PHOTO_IMPORT_LIMITS.maxFileBytes) return { ok: false, error: 'the file is larger than a photo can be' };
  if (sniffPhotoFormat(bytes) !== 'heic') return { ok: false, error: 'not a HEIC/HEIF image' };
  const { default: decode } = await import('heic-decode');
  let images: Awaited<ReturnType<typeof decode.all>>;
  try {
    images = await decode.all({ buffer: bytes });
  } catch (error) {
    return { ok: false, error: `the HEIC file cannot be read (${error instanceof Error ? error.message : String(error)})` };
  }
  try {
    const first = images[0];
    if (!first) return { ok: false, error: 'the HEIC file holds no image' };
    const pixels = first.width * first.height;
    if (!(pixels > 0)) return { ok: false, error: 'the HEIC image has no size' };
    if (pixels > PHOTO_IMPORT_LIMITS.maxPixels) {
      return { ok: false, error: `the photo is ${first.width}×${first.height} (${megapixels(pixels)}); the limit is ${megapixels(PHOTO_IMPORT_LIMITS.maxPixels)}` };
    }
    let decoded: { width: number; height: number; data: Uint8ClampedArray };
    try {
      decoded = await first.decode();
    } catch {
      return { ok: false, error: 'the HEIC image data is damaged or cut off' };
    }
    const { width, height } = decoded;
    const scale = Math.min(1, maxLongSide / Math.max(width, height));
    const to = { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
    const rgba = scaleRgbaDown(decoded.data, width, height, to.width, to.height);
    return { ok: true, photo: { ...to, rgba, original: { width, height } } };
  } finally {
    images.dispose();
  }
}
