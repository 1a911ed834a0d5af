import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import type { MediaSlots } from './media.ts';

/** Text parts to rewrite on the way through, by their path in the package. */
export type PartPatches = Readonly<Record<string, (xml: string) => string>>;

/** Deflate level for the XML parts: 6 is fflate's default; the XML is small next to the photos. */
const XML_LEVEL = 6;

/**
 * Zips the package the docx library wrote again: each placeholder image gets its real bytes, stored as they are
 * (compression method 0), since JPEG and PNG are compressed already; XML parts are deflated.
 */
export function repack(packed: Uint8Array, media: MediaSlots, patches: PartPatches = {}): Uint8Array {
  const parts = unzipSync(packed);
  // [Content_Types].xml first, as Word and most readers write it.
  const paths = Object.keys(parts).sort((a, b) => Number(b === '[Content_Types].xml') - Number(a === '[Content_Types].xml'));
  const out: Zippable = {};
  let replaced = 0;
  for (const path of paths) {
    const data = parts[path]!;
    if (path.startsWith('word/media/')) {
      const real = media.realBytes(data);
      if (real) replaced += 1;
      out[path] = [real ?? data, { level: 0 }];
      continue;
    }
    const patch = patches[path];
    out[path] = [patch ? strToU8(patch(strFromU8(data))) : data, { level: XML_LEVEL }];
  }
  if (replaced !== media.size) {
    throw new Error(`DOCX export: ${media.size} images were placed but ${replaced} reached the package`);
  }
  return zipSync(out);
}
