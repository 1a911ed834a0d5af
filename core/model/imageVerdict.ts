import { imageDamage } from './imageIntegrity.ts';

/** What imageDamage said about each byte array already judged (undefined: whole). */
const verdicts = new WeakMap<Uint8Array, { damage: string | undefined }>();

/**
 * imageDamage, once per byte array: a photo is judged when its file is opened and again by every export of it (DOCX,
 * PDF, each export of a session), and judging walks all of its data. Image bytes are never changed in place (an edit
 * makes new bytes), so the same array keeps its verdict; the cache holds no array alive.
 */
export function knownImageDamage(bytes: Uint8Array): string | undefined {
  const known = verdicts.get(bytes);
  if (known) return known.damage;
  const damage = imageDamage(bytes);
  verdicts.set(bytes, { damage });
  return damage;
}
