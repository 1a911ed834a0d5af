import { deflateSync, strFromU8, strToU8 } from 'fflate';
import type { PackageParts } from './packageParts.ts';
import type { MediaSlots } from './media.ts';
import { writeZip, type Deflate, type ZipInput } from './zipWriter.ts';

/** Text parts to rewrite on the way through, by their path in the package. */
export type PartPatches = Readonly<Record<string, (xml: string) => string>>;

/** fflate at its default level 6, where the caller has no faster deflate of its own. */
export const defaultDeflate: Deflate = (data) => deflateSync(data, { level: 6 });

/**
 * Zips the package's parts: each placeholder image gets its real bytes, stored as they are (compression method 0),
 * since JPEG and PNG are compressed already; XML parts are deflated with the caller's deflate.
 */
export function repack(parts: PackageParts, media: MediaSlots, patches: PartPatches = {}, deflate: Deflate = defaultDeflate): Uint8Array {
  // [Content_Types].xml first, as Word and most readers write it.
  const paths = [...parts.keys()].sort((a, b) => Number(b === '[Content_Types].xml') - Number(a === '[Content_Types].xml'));
  const out: ZipInput[] = [];
  let replaced = 0;
  for (const path of paths) {
    const data = parts.get(path)!;
    if (path.startsWith('word/media/')) {
      const real = media.realBytes(data);
      if (real) replaced += 1;
      out.push({ name: path, data: real ?? data, compress: false });
      continue;
    }
    const patch = patches[path];
    out.push({ name: path, data: patch ? strToU8(patch(strFromU8(data))) : data, compress: true });
  }
  if (replaced !== media.size) {
    throw new Error(`DOCX export: ${media.size} images were placed but ${replaced} reached the package`);
  }
  return writeZip(out, deflate);
}
