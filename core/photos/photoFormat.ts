/**
 * The image formats a photo may arrive in, judged by the bytes (a phone's file name says .jpg for a HEIC as often as
 * not). Only JPEG and PNG go into a briefing; the others are converted on import.
 */
export type PhotoFormat = 'jpeg' | 'png' | 'heic' | 'webp' | 'bmp' | 'gif';

/** The MIME type the browser decodes each format by (HEIC is decoded by the host). */
export const PHOTO_FORMAT_MIME: Record<PhotoFormat, string> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  heic: 'image/heic',
  webp: 'image/webp',
  bmp: 'image/bmp',
  gif: 'image/gif',
};

/** What the file chooser offers: every format above, by type and by extension (HEIC has no MIME type on Windows). */
export const PHOTO_FILE_ACCEPT = 'image/png,image/jpeg,image/heic,image/heif,image/webp,image/bmp,image/gif,.heic,.heif,.webp,.bmp,.gif,.jpg,.jpeg,.png';

const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));

/** HEIF brands of HEVC-coded stills and sequences (iPhone: heic; Android: mif1 with heic compatible). */
const HEIC_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'hevm', 'hevs']);
const HEIF_GENERIC_BRANDS = new Set(['mif1', 'msf1']);

function isHeic(bytes: Uint8Array): boolean {
  if (bytes.length < 16 || ascii(bytes, 4, 8) !== 'ftyp') return false;
  const boxSize = ((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0;
  const major = ascii(bytes, 8, 12);
  if (HEIC_BRANDS.has(major)) return true;
  if (!HEIF_GENERIC_BRANDS.has(major)) return false;
  // A generic HEIF file is HEVC (ours) unless its compatible brands say AVIF, which the decoder cannot read.
  const compatible: string[] = [];
  for (let at = 16; at + 4 <= Math.min(boxSize, bytes.length); at += 4) compatible.push(ascii(bytes, at, at + 4));
  return !compatible.includes('avif') || compatible.some((brand) => HEIC_BRANDS.has(brand));
}

export function sniffPhotoFormat(bytes: Uint8Array): PhotoFormat | undefined {
  if (bytes.length < 12) return undefined;
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (bytes[0] === 0x89 && ascii(bytes, 1, 4) === 'PNG') return 'png';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'webp';
  if (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a') return 'gif';
  // BM, then the file size and a pixel-data offset past the 14-byte file header.
  if (bytes[0] === 0x42 && bytes[1] === 0x4d && bytes.length >= 26) return 'bmp';
  if (isHeic(bytes)) return 'heic';
  return undefined;
}
