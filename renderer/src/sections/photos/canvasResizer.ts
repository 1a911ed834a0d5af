import { fitWithin, type ImageResizer } from '../model/downscale.ts';

/**
 * The real resizer: the browser decodes (applying the photo's EXIF rotation), draws into an OffscreenCanvas with
 * high-quality smoothing and encodes JPEG, or PNG when a possibly transparent PNG really has transparent pixels.
 * Runs in Chromium only; jsdom has no canvas (tests inject a fake).
 */
export const canvasResizer: ImageResizer = async ({ bytes, mimeType, maxLongSide, output, quality }) => {
  const bitmap = await createImageBitmap(new Blob([bytes as BlobPart], { type: mimeType }), {
    imageOrientation: 'from-image',
  });
  try {
    const size = fitWithin({ width: bitmap.width, height: bitmap.height }, maxLongSide);
    const canvas = new OffscreenCanvas(size.width, size.height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d canvas');
    context.imageSmoothingEnabled = true;
    context.imageSmoothingQuality = 'high';
    context.drawImage(bitmap, 0, 0, size.width, size.height);
    const png = output === 'png-if-transparent' && hasTransparentPixel(context, size.width, size.height);
    if (!png && output === 'png-if-transparent') {
      // Opaque after all: JPEG, over white so anti-aliased edges never darken.
      context.globalCompositeOperation = 'destination-over';
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, size.width, size.height);
    }
    const blob = await canvas.convertToBlob(png ? { type: 'image/png' } : { type: 'image/jpeg', quality });
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    bitmap.close();
  }
};

function hasTransparentPixel(context: OffscreenCanvasRenderingContext2D, width: number, height: number): boolean {
  const { data } = context.getImageData(0, 0, width, height);
  for (let at = 3; at < data.length; at += 4) if (data[at]! < 255) return true;
  return false;
}
