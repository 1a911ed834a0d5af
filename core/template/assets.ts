import { imageDamage, sniffImage, type Problem } from '../model/index.ts';
import type { TemplateManifest } from './manifest.ts';

/** A template carries a logo, not a photo album: anything bigger is a mistake. */
export const MAX_TEMPLATE_ASSET_BYTES = 10 * 1024 * 1024;
const MAX_ASSET_PIXELS = 40_000_000;

/** The fields that name an asset file, with the name each holds. */
export function assetFields(manifest: TemplateManifest): { field: string; name: string }[] {
  return manifest.masthead.logo ? [{ field: 'masthead.logo', name: manifest.masthead.logo }] : [];
}

const EXTENSIONS = { 'image/png': ['.png'], 'image/jpeg': ['.jpg', '.jpeg'] } as const;

/**
 * Judges an asset by its bytes: only whole PNG or JPEG images, named for what they are, within the limits.
 * Templates stay data: an SVG, a font or a script is refused here whatever its name says.
 */
export function assetProblem(field: string, name: string, bytes: Uint8Array): Problem | undefined {
  const fail = (message: string): Problem => ({ path: field, message: `asset "${name}" ${message}` });
  if (bytes.length > MAX_TEMPLATE_ASSET_BYTES) return fail('is larger than 10 MiB');
  const info = sniffImage(bytes);
  if (!info) return fail('is not a PNG or JPEG image (a template holds only PNG or JPEG images)');
  if (!EXTENSIONS[info.mimeType].some((ext) => name.toLowerCase().endsWith(ext))) {
    return fail(`is a ${info.mimeType === 'image/png' ? 'PNG' : 'JPEG'} image; its name must end in ${EXTENSIONS[info.mimeType].join(' or ')}`);
  }
  if (info.width * info.height > MAX_ASSET_PIXELS) return fail(`is ${info.width}×${info.height} pixels; the limit is 40 megapixels`);
  const damage = imageDamage(bytes);
  return damage ? fail(`cannot be used: ${damage}`) : undefined;
}
