import type { ImageMimeType } from './media.ts';

export interface ImageInfo {
  mimeType: ImageMimeType;
  width: number;
  height: number;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function readU32(bytes: Uint8Array, at: number): number {
  return ((bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!) >>> 0;
}

function pngInfo(bytes: Uint8Array): ImageInfo | undefined {
  if (bytes.length < 24 || !PNG_SIGNATURE.every((b, i) => bytes[i] === b)) return undefined;
  // The first chunk must be IHDR: width and height are its first two fields.
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') return undefined;
  const width = readU32(bytes, 16);
  const height = readU32(bytes, 20);
  return width > 0 && height > 0 ? { mimeType: 'image/png', width, height } : undefined;
}

/** Walks JPEG markers to the first start-of-frame, which holds the pixel size. */
function jpegInfo(bytes: Uint8Array): ImageInfo | undefined {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8 || bytes[2] !== 0xff) return undefined;
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return undefined;
    const marker = bytes[at + 1]!;
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    const length = (bytes[at + 2]! << 8) | bytes[at + 3]!;
    const isStartOfFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isStartOfFrame) {
      const height = (bytes[at + 5]! << 8) | bytes[at + 6]!;
      const width = (bytes[at + 7]! << 8) | bytes[at + 8]!;
      return width > 0 && height > 0 ? { mimeType: 'image/jpeg', width, height } : undefined;
    }
    if (length < 2) return undefined;
    at += 2 + length;
  }
  return undefined;
}

/** What an image really is, judged by its bytes (never by its name): PNG or JPEG with a pixel size, or undefined. */
export function sniffImage(bytes: Uint8Array): ImageInfo | undefined {
  return pngInfo(bytes) ?? jpegInfo(bytes);
}
