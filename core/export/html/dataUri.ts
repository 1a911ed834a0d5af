const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 without Buffer or btoa, so the print HTML builds the same in Node, a worker or the renderer. */
export function base64(bytes: Uint8Array): string {
  const chunks: string[] = [];
  // Chunked so a 20 MB photo does not build one giant argument list.
  const CHUNK = 3 * 16_384;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(start + CHUNK, bytes.length);
    const out: string[] = [];
    let i = start;
    for (; i + 2 < end; i += 3) {
      const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
      out.push(ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]! + ALPHABET[n & 63]!);
    }
    if (i < end) {
      const rest = end - i;
      const n = (bytes[i]! << 16) | (rest === 2 ? bytes[i + 1]! << 8 : 0);
      out.push(ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + (rest === 2 ? ALPHABET[(n >> 6) & 63]! : '=') + '=');
    }
    chunks.push(out.join(''));
  }
  return chunks.join('');
}

/** An image embedded in the document itself: the print HTML loads nothing from anywhere. */
export function dataUri(mimeType: string, bytes: Uint8Array): string {
  return `data:${mimeType};base64,${base64(bytes)}`;
}
