import { ImageRun } from 'docx';
import { InputError, sniffImage, type ImageInfo } from '../../model/index.ts';
import type { DocxContext } from './context.ts';

/** Checks the bytes really are the image they claim to be: Word shows a broken picture for anything else. */
export function imageInfoOr(bytes: Uint8Array | undefined, path: string, what: string): { bytes: Uint8Array; info: ImageInfo } {
  if (!bytes) throw new InputError([{ path, message: `no image data for ${what}` }]);
  const info = sniffImage(bytes);
  if (!info) throw new InputError([{ path, message: `${what} is not a PNG or JPEG image` }]);
  return { bytes, info };
}

export interface ImageSpec {
  /** Identifies the image across the document: the same key is stored once. */
  key: string;
  bytes: Uint8Array;
  info: ImageInfo;
  /** Shown size in pixels, 96 to the inch. */
  width: number;
  height: number;
  /** Alternative text. */
  name: string;
}

/** An inline image holding a placeholder for its bytes (see media.ts). */
export function imageRun(ctx: DocxContext, spec: ImageSpec): ImageRun {
  return new ImageRun({
    type: spec.info.mimeType === 'image/png' ? 'png' : 'jpg',
    data: ctx.media.placeholder(spec.key, spec.bytes),
    transformation: { width: spec.width, height: spec.height },
    altText: { name: spec.name, description: spec.name, title: spec.name },
  });
}
