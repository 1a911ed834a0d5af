import { fitWithin } from '../model/downscale.ts';
import type { CropRect, PhotoRenderer, PhotoSource } from './photoRender.ts';

async function bitmapOf(source: PhotoSource): Promise<ImageBitmap> {
  if (source.kind === 'pixels') {
    const pixels = new Uint8ClampedArray(source.rgba.buffer as ArrayBuffer, source.rgba.byteOffset, source.rgba.byteLength);
    return createImageBitmap(new ImageData(pixels, source.width, source.height));
  }
  // 'from-image' applies the EXIF orientation, so a phone portrait stored sideways is drawn upright.
  return createImageBitmap(new Blob([source.bytes as BlobPart], { type: source.mimeType }), { imageOrientation: 'from-image' });
}

/** The crop in pixels of the turned photo, at least one pixel, inside it. */
function cropPixels(crop: CropRect | undefined, width: number, height: number) {
  if (!crop) return { x: 0, y: 0, width, height };
  const x = Math.min(width - 1, Math.max(0, Math.round(crop.x * width)));
  const y = Math.min(height - 1, Math.max(0, Math.round(crop.y * height)));
  return {
    x,
    y,
    width: Math.max(1, Math.min(width - x, Math.round(crop.width * width))),
    height: Math.max(1, Math.min(height - y, Math.round(crop.height * height))),
  };
}

/**
 * The real renderer: the browser decodes, an OffscreenCanvas turns, crops and scales with high-quality smoothing,
 * and encodes JPEG, or PNG when the pixels really are transparent. Runs in Chromium only.
 */
export const canvasRender: PhotoRenderer = async ({ source, maxLongSide, quarterTurns = 0, crop, output, quality }) => {
  const bitmap = await bitmapOf(source);
  try {
    const sideways = quarterTurns % 2 === 1;
    const turned = sideways ? { width: bitmap.height, height: bitmap.width } : { width: bitmap.width, height: bitmap.height };
    const part = cropPixels(crop, turned.width, turned.height);
    const size = fitWithin({ width: part.width, height: part.height }, maxLongSide);
    const canvas = new OffscreenCanvas(size.width, size.height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d canvas');
    context.imageSmoothingEnabled = true;
    context.imageSmoothingQuality = 'high';
    context.scale(size.width / part.width, size.height / part.height);
    context.translate(-part.x, -part.y);
    // Turn about the origin, then shift the turned photo back into the positive quadrant.
    if (quarterTurns === 1) context.translate(turned.width, 0);
    if (quarterTurns === 2) context.translate(turned.width, turned.height);
    if (quarterTurns === 3) context.translate(0, turned.height);
    context.rotate((quarterTurns * Math.PI) / 2);
    context.drawImage(bitmap, 0, 0);
    context.setTransform(1, 0, 0, 1, 0, 0);
    const png = output === 'png-if-transparent' && hasTransparentPixel(context, size.width, size.height);
    if (!png) {
      // JPEG has no transparency: draw over white so transparent parts and anti-aliased edges never turn black.
      context.globalCompositeOperation = 'destination-over';
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, size.width, size.height);
    }
    const blob = await canvas.convertToBlob(png ? { type: 'image/png' } : { type: 'image/jpeg', quality });
    return { bytes: new Uint8Array(await blob.arrayBuffer()), decoded: { width: bitmap.width, height: bitmap.height } };
  } finally {
    bitmap.close();
  }
};

function hasTransparentPixel(context: OffscreenCanvasRenderingContext2D, width: number, height: number): boolean {
  const { data } = context.getImageData(0, 0, width, height);
  for (let at = 3; at < data.length; at += 4) if (data[at]! < 255) return true;
  return false;
}
