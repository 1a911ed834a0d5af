/** Logos the exporters can embed: PNG and JPEG as they are; an SVG drawn once onto a canvas and kept as PNG. */
export interface LogoImage {
  bytes: Uint8Array;
  extension: 'png' | 'jpg';
}

const isPng = (b: Uint8Array) => b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47;
const isJpeg = (b: Uint8Array) => b[0] === 0xff && b[1] === 0xd8;

/** SVG is drawn at this height (px) so a logo printed 14-20 mm high stays sharp (about 600 dpi). */
const SVG_RASTER_HEIGHT = 480;

async function svgToPng(bytes: Uint8Array): Promise<Uint8Array> {
  // Drawn through <img>: an SVG's scripts and external references never run or load there.
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const ratio = image.naturalWidth > 0 && image.naturalHeight > 0 ? image.naturalWidth / image.naturalHeight : 1;
    const canvas = document.createElement('canvas');
    canvas.height = SVG_RASTER_HEIGHT;
    canvas.width = Math.max(1, Math.round(SVG_RASTER_HEIGHT * ratio));
    canvas.getContext('2d')?.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('the SVG could not be drawn');
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}

export async function logoFromFile(file: File): Promise<LogoImage> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (isPng(bytes)) return { bytes, extension: 'png' };
  if (isJpeg(bytes)) return { bytes, extension: 'jpg' };
  const head = new TextDecoder().decode(bytes.subarray(0, 2048));
  if (/<svg[\s>]/i.test(head)) return { bytes: await svgToPng(bytes), extension: 'png' };
  throw new Error(`${file.name}: not a PNG, JPEG or SVG image`);
}
