/**
 * The first bytes of a JPEG or PNG of any pixel size, enough for sniffImage to read: for photos too large to encode
 * in a test (6000×4000), and for the fake resizer's output. Real small images come from tests/fixtures/images.ts.
 */
export function jpegHeader(width: number, height: number): Uint8Array {
  // SOI, then a baseline start-of-frame: length 17, 8-bit, height, width, 3 components.
  return new Uint8Array([0xff, 0xd8, 0xff, 0xc0, 0x00, 0x11, 0x08, height >> 8, height & 255, width >> 8, width & 255, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]);
}

export function pngHeader(width: number, height: number, colourType: 2 | 6 = 2): Uint8Array {
  const bytes = new Uint8Array(8 + 25 + 12);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const view = new DataView(bytes.buffer);
  view.setUint32(8, 13);
  bytes.set([...'IHDR'].map((c) => c.charCodeAt(0)), 12);
  view.setUint32(16, width);
  view.setUint32(20, height);
  bytes.set([8, colourType, 0, 0, 0], 24);
  // The CRC is not checked by the sniffer; an IDAT chunk header follows so the alpha scan stops there.
  view.setUint32(33, 0);
  bytes.set([...'IDAT'].map((c) => c.charCodeAt(0)), 37);
  return bytes;
}

/**
 * A JPEG of any pixel size that is structurally whole (frame, scan, end-of-image), so the import's decode check
 * passes it: for the size logic with a fake renderer. Its scan holds no real picture.
 */
export function wholeJpegShell(width: number, height: number): Uint8Array {
  const scan = [0xff, 0xda, 0x00, 0x0c, 3, 1, 0, 2, 0x11, 3, 0x11, 0, 63, 0, 0x12, 0x34, 0x56, 0xff, 0xd9];
  return new Uint8Array([...jpegHeader(width, height), ...scan]);
}
