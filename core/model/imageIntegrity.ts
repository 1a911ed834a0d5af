import { Unzlib } from 'fflate';
import { crc32 } from './crc32.ts';

/**
 * Whether image bytes hold a whole image, not only a valid header: a photo cut off in a download or a copy sniffs
 * as a JPEG or PNG but prints half grey. Checked by walking the format to its end — PNG: every chunk with its CRC,
 * the pixel data inflated to the size the header promises, IEND; JPEG: every segment and the entropy-coded scan
 * data up to EOI. Fast enough for every photo on every open and export (no pixel decoding). Returns what is
 * wrong, or undefined for a whole image.
 */
export function imageDamage(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0x89 && bytes[1] === 0x50) return pngDamage(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return jpegDamage(bytes);
  return 'not a PNG or JPEG image';
}

const u32 = (b: Uint8Array, at: number) => ((b[at]! << 24) | (b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!) >>> 0;
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

function pngDamage(bytes: Uint8Array): string | undefined {
  let at = 8;
  const idat: Uint8Array[] = [];
  let header: { width: number; height: number; bits: number; colour: number; interlaced: boolean } | undefined;
  while (at + 12 <= bytes.length) {
    const length = u32(bytes, at);
    const end = at + 12 + length;
    if (end > bytes.length) return 'the PNG data is cut off (truncated file)';
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    if (crc32(bytes.subarray(at + 4, at + 8 + length)) !== u32(bytes, at + 8 + length)) return `the PNG's ${type} chunk is damaged (checksum mismatch)`;
    const data = bytes.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') header = { width: u32(data, 0), height: u32(data, 4), bits: data[8]!, colour: data[9]!, interlaced: data[12] === 1 };
    if (type === 'IDAT') idat.push(data);
    if (type === 'IEND') return header ? pixelDamage(idat, header) : 'the PNG has no header chunk';
    at = end;
  }
  return 'the PNG data is cut off (no IEND chunk)';
}

function pixelDamage(idat: Uint8Array[], h: { width: number; height: number; bits: number; colour: number; interlaced: boolean }): string | undefined {
  // Streamed and only counted, so a 100-megapixel photo is checked without holding its pixels.
  let inflated = 0;
  let ended = false;
  const stream = new Unzlib((chunk, final) => {
    inflated += chunk.length;
    if (final) ended = true;
  });
  try {
    idat.forEach((chunk, i) => stream.push(chunk, i === idat.length - 1));
  } catch {
    return 'the PNG pixel data is damaged or cut off';
  }
  if (!ended) return 'the PNG pixel data is cut off';
  if (h.interlaced) return undefined;
  const rowBytes = Math.ceil((h.width * (CHANNELS[h.colour] ?? 4) * h.bits) / 8);
  return inflated < h.height * (rowBytes + 1) ? 'the PNG pixel data is cut off (fewer rows than its size)' : undefined;
}

/** Markers without a length: TEM and the restart markers. */
const standalone = (marker: number) => marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7);

function jpegDamage(bytes: Uint8Array): string | undefined {
  let at = 2;
  let frame = false;
  while (at + 1 < bytes.length) {
    if (bytes[at] !== 0xff) return 'the JPEG data is damaged (a segment does not start where it should)';
    const marker = bytes[at + 1]!;
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    if (marker === 0xd9) return frame ? undefined : 'the JPEG has no image frame';
    if (standalone(marker)) {
      at += 2;
      continue;
    }
    if (at + 4 > bytes.length) break;
    const length = (bytes[at + 2]! << 8) | bytes[at + 3]!;
    if (length < 2 || at + 2 + length > bytes.length) break;
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) frame = true;
    at += 2 + length;
    if (marker === 0xda) {
      // Entropy-coded data: 0xFF only as stuffing (FF 00), a restart marker or fill; anything else ends the scan.
      while (at + 1 < bytes.length && !(bytes[at] === 0xff && bytes[at + 1] !== 0x00 && !(bytes[at + 1]! >= 0xd0 && bytes[at + 1]! <= 0xd7) && bytes[at + 1] !== 0xff)) at += 1;
      if (at + 1 >= bytes.length) break;
    }
  }
  return 'the JPEG data is cut off (truncated file: no end-of-image marker)';
}
