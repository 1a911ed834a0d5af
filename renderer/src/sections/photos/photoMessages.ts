import type { TFunction } from 'i18next';
import { PHOTO_IMPORT_LIMITS } from '../../../../core/model/index.ts';
import type { PhotoFormat } from '../../../../core/photos/photoFormat.ts';
import type { Size } from '../model/downscale.ts';
import type { PhotoRefusal, PreparedPhoto } from './preparePhoto.ts';

const FORMAT_NAME: Record<PhotoFormat, string> = { jpeg: 'JPEG', png: 'PNG', heic: 'HEIC', webp: 'WebP', bmp: 'BMP', gif: 'GIF' };
const size = (s: Size) => `${s.width}×${s.height}`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes >= 10 * 1024 * 1024 ? 0 : 1)} MB`;

/** Why a file was refused, naming it, in the UI language (t of the photos namespace). */
export function refusalMessage(t: TFunction<'photos'>, name: string, refusal: PhotoRefusal): string {
  switch (refusal.reason) {
    case 'notImage':
      return t('notImage', { name });
    case 'truncated':
      return t('truncated', { name });
    case 'damaged':
      return t('damaged', { name });
    case 'decodeFailed':
      return t('decodeFailed', { name, format: FORMAT_NAME[refusal.format] });
    case 'tooLarge':
      return refusal.bytes !== undefined
        ? t('tooLargeBytes', { name, size: mb(refusal.bytes), max: mb(PHOTO_IMPORT_LIMITS.maxFileBytes) })
        : t('tooLargePixels', { name, pixels: Math.round((refusal.pixels ?? 0) / 1e6), max: Math.round(PHOTO_IMPORT_LIMITS.maxPixels / 1e6) });
  }
}

/** What was done to an accepted photo (converted, turned upright, scaled down), one message each. */
export function changeMessages(t: TFunction<'photos'>, name: string, photo: Extract<PreparedPhoto, { ok: true }>): string[] {
  const out: string[] = [];
  const to = photo.item.mimeType === 'image/png' ? 'PNG' : 'JPEG';
  if (photo.convertedFrom) out.push(t('converted', { name, format: FORMAT_NAME[photo.convertedFrom], to }));
  if (photo.turned) out.push(t('turned', { name }));
  if (photo.resized) out.push(t('resized', { name, from: size(photo.resized.from), to: size(photo.resized.to) }));
  return out;
}
