/**
 * RGBA pixels scaled down by area averaging (each target pixel the mean of the source pixels it covers): sharp and
 * free of the aliasing a nearest-pixel shrink leaves in fine detail, in one pass over the source.
 */
export function scaleRgbaDown(source: Uint8ClampedArray | Uint8Array, width: number, height: number, toWidth: number, toHeight: number): Uint8Array {
  if (toWidth === width && toHeight === height) return new Uint8Array(source.buffer, source.byteOffset, source.byteLength);
  const sums = new Float64Array(toWidth * toHeight * 4);
  const counts = new Uint32Array(toWidth * toHeight);
  const column = new Uint32Array(width);
  for (let x = 0; x < width; x++) column[x] = Math.min(toWidth - 1, Math.floor((x * toWidth) / width));
  for (let y = 0; y < height; y++) {
    const row = Math.min(toHeight - 1, Math.floor((y * toHeight) / height)) * toWidth;
    for (let x = 0; x < width; x++) {
      const target = row + column[x]!;
      const from = (y * width + x) * 4;
      const to = target * 4;
      for (let c = 0; c < 4; c++) sums[to + c] = sums[to + c]! + source[from + c]!;
      counts[target] = counts[target]! + 1;
    }
  }
  const out = new Uint8Array(toWidth * toHeight * 4);
  for (let i = 0; i < counts.length; i++) {
    const n = counts[i]! || 1;
    for (let c = 0; c < 4; c++) out[i * 4 + c] = Math.round(sums[i * 4 + c]! / n);
  }
  return out;
}
