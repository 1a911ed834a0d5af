/** What a photo is drawn from: a file's bytes the browser decodes, or pixels the host decoded (HEIC). */
export type PhotoSource =
  | { kind: 'encoded'; bytes: Uint8Array; mimeType: string }
  | { kind: 'pixels'; width: number; height: number; rgba: Uint8Array };

/** A part of the (turned) photo to keep, as fractions of its width and height. */
export interface CropRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface RenderRequest {
  source: PhotoSource;
  /** The long side of the result; never scaled up. */
  maxLongSide: number;
  /** Clockwise quarter turns after the photo's own EXIF orientation is applied. */
  quarterTurns?: 0 | 1 | 2 | 3;
  crop?: CropRect;
  /** JPEG, or PNG when the drawn pixels really are transparent (a screenshot or sticker), else JPEG over white. */
  output: 'image/jpeg' | 'png-if-transparent';
  quality: number;
}

/**
 * Decodes (upright by the photo's EXIF orientation), turns, crops, scales and encodes. The browser one draws on a
 * canvas; component tests in jsdom, which has no canvas, inject a fake.
 */
export type PhotoRenderer = (request: RenderRequest) => Promise<RenderedPhoto>;

export interface RenderedPhoto {
  bytes: Uint8Array;
  /** The decoded photo's upright size, before turning, cropping and scaling. */
  decoded: { width: number; height: number };
}

/** High enough that re-encoding a phone photo shows no blocks in print. */
export const PHOTO_JPEG_QUALITY = 0.92;
