import type { Problem } from './problems.ts';

/**
 * How much a briefing may hold, checked on the raw JSON before any validation, migration or export work, so that
 * no input — however it was made — costs more than time and memory linear in a real briefing's size. Each number
 * is far above what a 500-page briefing needs (docs/file-format.md lists them with that reasoning).
 */
export const INPUT_LIMITS = Object.freeze({
  /** Nesting of objects and arrays: a briefing is about 8 deep (sections → blocks → items → leaves). */
  maxDepth: 32,
  /** Every value in the document together. */
  maxValues: 3_000_000,
  /** Any one array, unless named below. */
  maxArrayLength: 20_000,
  /** Any one string: a 500-page briefing is about 300,000 characters in all. */
  maxStringLength: 200_000,
  /** Arrays by their property name. `children` is the blocks of a list or the text leaves of a paragraph. */
  arrays: { attendees: 2_000, sections: 1_000, media: 1_000, photoIds: 1_000, sites: 500, remarks: 2_000, items: 2_000, lines: 500, children: 10_000 } as Record<string, number>,
  /** Strings by their property name. */
  strings: { title: 2_000, caption: 2_000, name: 500, id: 200, templateId: 200 } as Record<string, number>,
  /** Photo references in all sections together (a photo may be shown in its site and in the gallery). */
  maxPhotoReferences: 2_000,
});

const count = (n: number) => n.toLocaleString('en-US');
/** A named limit; own properties only, so a key such as `__proto__` or `constructor` gets the general one. */
const named = (table: Record<string, number>, name: string | undefined, general: number) => (name !== undefined && Object.hasOwn(table, name) ? table[name]! : general);

type Frame = { value: unknown; key: string | number | undefined; parent: Frame | undefined; depth: number };

function pathOf(frame: Frame): string {
  const parts: (string | number)[] = [];
  for (let at: Frame | undefined = frame; at?.key !== undefined; at = at.parent) parts.unshift(at.key);
  return parts.reduce<string>((path, part) => (typeof part === 'number' ? `${path}[${part}]` : path ? `${path}.${part}` : part), '') || '(document)';
}

/**
 * The first limit the raw document breaks, as a problem naming the field, or undefined. One pass, iterative (no
 * recursion to overflow), and an array or string over its limit is refused by its length alone, unvisited.
 */
export function checkInputLimits(raw: unknown, limits = INPUT_LIMITS): Problem | undefined {
  const stack: Frame[] = [{ value: raw, key: undefined, parent: undefined, depth: 0 }];
  let values = 0;
  let photoReferences = 0;
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const { value, key, depth } = frame;
    if (++values > limits.maxValues) return { path: '(document)', message: `more than ${count(limits.maxValues)} values; a briefing holds far fewer` };
    const name = typeof key === 'string' ? key : undefined;
    if (typeof value === 'string') {
      const max = named(limits.strings, name, limits.maxStringLength);
      if (value.length > max) return { path: pathOf(frame), message: `${count(value.length)} characters; at most ${count(max)}` };
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= limits.maxDepth) return { path: pathOf(frame), message: `nested more than ${limits.maxDepth} levels deep` };
    if (Array.isArray(value)) {
      const max = named(limits.arrays, name, limits.maxArrayLength);
      if (value.length > max) return { path: pathOf(frame), message: `${count(value.length)} entries; at most ${count(max)}` };
      if (name === 'photoIds' && (photoReferences += value.length) > limits.maxPhotoReferences) {
        return { path: pathOf(frame), message: `the sections show photos more than ${count(limits.maxPhotoReferences)} times in all` };
      }
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], key: i, parent: frame, depth: depth + 1 });
      continue;
    }
    const entries = Object.entries(value);
    if (entries.length > limits.maxArrayLength) return { path: pathOf(frame), message: `${count(entries.length)} fields; at most ${count(limits.maxArrayLength)}` };
    for (let i = entries.length - 1; i >= 0; i--) stack.push({ value: entries[i]![1], key: entries[i]![0], parent: frame, depth: depth + 1 });
  }
  return undefined;
}

/**
 * Photos converted on import (phone HEIC is decoded by the host): the file as chosen, and its decoded pixels, checked
 * before decoding. 48- and 50-megapixel phone cameras fit; a decompression bomb does not reach the decoder.
 */
export const PHOTO_IMPORT_LIMITS = Object.freeze({
  /** One chosen file: a 48 MP HEIC is 5–12 MB, a camera JPEG 5–15 MB (the same cap as one image in a .briefing). */
  maxFileBytes: 25 * 1024 * 1024,
  /** Width × height of the decoded photo. */
  maxPixels: 64_000_000,
  /** The long side the host may be asked to scale a decoded photo to (the editor asks for far less). */
  maxLongSide: 8000,
});
