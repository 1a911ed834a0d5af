/** Photos larger than this on their long side are scaled down on import: sharp on an A4 page, far smaller files. */
export const MAX_LONG_SIDE = 2400;

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
