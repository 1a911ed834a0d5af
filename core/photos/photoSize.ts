import type { PhotoFormat } from './photoFormat.ts';

export interface PixelSize {
  width: number;
  height: number;
}

const u16le = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u24le = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16);
const i32le = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24);
const ascii = (b: Uint8Array, from: number, to: number) => String.fromCharCode(...b.subarray(from, to));

function webpSize(b: Uint8Array): PixelSize | undefined {
  if (b.length < 30) return undefined;
  const chunk = ascii(b, 12, 16);
  // Extended: the canvas size, 24 bits each, stored minus one.
  if (chunk === 'VP8X') return { width: u24le(b, 24) + 1, height: u24le(b, 27) + 1 };
  // Lossy: after the frame tag and start code, 14-bit width and height (the top 2 bits are scaling).
  if (chunk === 'VP8 ') return { width: u16le(b, 26) & 0x3fff, height: u16le(b, 28) & 0x3fff };
  // Lossless: after the signature byte, 14 bits of width − 1 then 14 bits of height − 1.
  if (chunk === 'VP8L') {
    const bits = b[21]! | (b[22]! << 8) | (b[23]! << 16) | (b[24]! << 24);
    return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  return undefined;
}

const u32be = (b: Uint8Array, at: number) => ((b[at]! << 24) | (b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!) >>> 0;

/**
 * HEIF keeps each image's size in an 'ispe' property (box size, 'ispe', version/flags, width, height), in the meta
 * box at the start of the file. A phone photo is a grid of 512×512 tiles plus the grid image itself, so the largest
 * declared size is the photo's.
 */
function heifSize(b: Uint8Array): PixelSize | undefined {
  let best: PixelSize | undefined;
  const end = Math.min(b.length - 16, 256 * 1024);
  for (let at = 4; at < end; at++) {
    if (b[at] !== 0x69 || b[at + 1] !== 0x73 || b[at + 2] !== 0x70 || b[at + 3] !== 0x65 || u32be(b, at - 4) !== 20) continue;
    const size = { width: u32be(b, at + 8), height: u32be(b, at + 12) };
    if (!best || size.width * size.height > best.width * best.height) best = size;
  }
  return best;
}

/**
 * The pixel size a WebP, BMP, GIF or HEIC declares in its header, read before it is decoded (by the browser or the
 * host), so a file claiming 60000×60000 pixels is refused rather than decoded. Undefined when the header cannot be read.
 */
export function declaredPixelSize(bytes: Uint8Array, format: PhotoFormat): PixelSize | undefined {
  if (format === 'gif' && bytes.length >= 10) return { width: u16le(bytes, 6), height: u16le(bytes, 8) };
  // BMP: a negative height means rows stored top-down; the size is its magnitude.
  if (format === 'bmp' && bytes.length >= 26) return { width: Math.abs(i32le(bytes, 18)), height: Math.abs(i32le(bytes, 22)) };
  if (format === 'webp') return webpSize(bytes);
  if (format === 'heic') return heifSize(bytes);
  return undefined;
}
