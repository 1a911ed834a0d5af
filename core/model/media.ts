import { z } from 'zod';

export const IMAGE_MIME_TYPES = ['image/png', 'image/jpeg'] as const;
export const ImageMimeTypeSchema = z.enum(IMAGE_MIME_TYPES);
export type ImageMimeType = z.infer<typeof ImageMimeTypeSchema>;

/** Media ids become file names inside the container, so they are kept to a safe alphabet. */
export const MediaIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, 'letters, digits, "-" and "_" only (at most 64)');

export const MediaItemSchema = z.object({
  id: MediaIdSchema,
  mimeType: ImageMimeTypeSchema,
  caption: z.string().optional(),
  credit: z.string().optional(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  /**
   * Where the bytes live. In a plain JSON briefing: a path relative to the JSON file.
   * In a .briefing container it is dropped on save: the bytes are at media/<id>.<ext>.
   */
  file: z.string().optional(),
});
export type MediaItem = z.infer<typeof MediaItemSchema>;

/** Image bytes by media id. The JSON never holds bytes; the container and exporters pass them beside it. */
export type MediaStore = ReadonlyMap<string, Uint8Array>;

export function extensionFor(mimeType: ImageMimeType): 'png' | 'jpg' {
  return mimeType === 'image/png' ? 'png' : 'jpg';
}
