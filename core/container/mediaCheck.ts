import { knownImageDamage, sniffImage, type MediaItem, type Problem } from '../model/index.ts';
import { formatBytes, type ContainerLimits } from './limits.ts';

export type MediaCheck = { ok: true; item: MediaItem } | { ok: false; problem: Problem };

const KIND: Record<MediaItem['mimeType'], string> = { 'image/png': 'PNG', 'image/jpeg': 'JPEG' };

/** The byte limit, phrased for the media item, or undefined when the size is fine. Checked before bytes are read. */
export function imageTooLarge(item: Pick<MediaItem, 'id'>, index: number, size: number, limits: ContainerLimits): Problem | undefined {
  if (size <= limits.maxImageBytes) return undefined;
  return {
    path: `media[${index}]`,
    message: `image "${item.id}" is ${formatBytes(size)}; the limit is ${formatBytes(limits.maxImageBytes)}`,
  };
}

/**
 * Judges an image by its bytes: it must be a whole PNG or JPEG (see imageDamage) of the declared type and within the
 * pixel limit.
 * The declared width and height are repaired to the real pixel size rather than refused: they only cache what the
 * bytes already say, and exporters lay photos out by them, so a wrong value would stretch the photo.
 * `source` names where the bytes came from, for the message (`media/p1.png`, `photos/a.jpg`).
 */
export function checkImage(item: MediaItem, index: number, bytes: Uint8Array, source: string, limits: ContainerLimits): MediaCheck {
  const fail = (path: string, message: string): MediaCheck => ({ ok: false, problem: { path, message } });
  const tooLarge = imageTooLarge(item, index, bytes.length, limits);
  if (tooLarge) return { ok: false, problem: tooLarge };
  const info = sniffImage(bytes);
  if (!info) return fail(`media[${index}]`, `the data for "${item.id}" (${source}) is not a PNG or JPEG image`);
  if (info.mimeType !== item.mimeType) {
    return fail(
      `media[${index}].mimeType`,
      `declared ${item.mimeType}, but the data for "${item.id}" (${source}) is a ${KIND[info.mimeType]} image`,
    );
  }
  const pixels = info.width * info.height;
  if (pixels > limits.maxImagePixels) {
    return fail(
      `media[${index}]`,
      `image "${item.id}" is ${info.width}×${info.height} pixels (${(pixels / 1e6).toFixed(0)} megapixels); ` +
        `the limit is ${(limits.maxImagePixels / 1e6).toFixed(0)} megapixels`,
    );
  }
  const damage = knownImageDamage(bytes);
  if (damage) return fail(`media[${index}]`, `the data for "${item.id}" (${source}) cannot be used: ${damage}`);
  return { ok: true, item: { ...item, width: info.width, height: info.height } };
}
