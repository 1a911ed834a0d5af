import {
  extensionFor,
  parseBriefingText,
  type BriefingDocument,
  type MediaItem,
  type Problem,
  type Result,
} from '../model/index.ts';
import { BRIEFING_ENTRY, BRIEFING_MIME_TYPE, MARKER_ENTRY, mediaEntryName } from './entryNames.ts';
import { CONTAINER_LIMITS, formatBytes, type ContainerLimits } from './limits.ts';
import { checkImage, imageTooLarge } from './mediaCheck.ts';
import { readZipDirectory, type ZipEntry } from './zipDirectory.ts';
import { readZipEntry } from './zipEntry.ts';

const MAX_MARKER_BYTES = 256;
const refuse = (path: string, message: string): Result<BriefingDocument> => ({ ok: false, problems: [{ path, message }] });

function readText(bytes: Uint8Array, entry: ZipEntry): { ok: true; text: string } | { ok: false; message: string } {
  const read = readZipEntry(bytes, entry);
  if (!read.ok) return read;
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(read.bytes) };
  } catch {
    return { ok: false, message: 'it is not UTF-8 text' };
  }
}

function notABriefing(entries: ReadonlyMap<string, ZipEntry>): string {
  const office = entries.has('[Content_Types].xml') ? ' (it looks like an Office document, e.g. .docx)' : '';
  return `no ${BRIEFING_ENTRY} inside: this zip is not a briefing${office}`;
}

function missingImage(item: MediaItem, index: number, entries: ReadonlyMap<string, ZipEntry>): Problem {
  const otherType = item.mimeType === 'image/png' ? 'image/jpeg' : 'image/png';
  const other = `media/${item.id}.${extensionFor(otherType)}`;
  const hint = entries.has(other) ? ` (there is ${other}, but mimeType says ${item.mimeType})` : '';
  return { path: `media[${index}]`, message: `no image data for "${item.id}" in the file${hint}` };
}

type ImageRead = { ok: true; item: MediaItem; bytes: Uint8Array } | { ok: false; problem: Problem };

/** Images kept outside the zip (see PackOptions.photosOutside), by media id, with a name for messages. */
export type PhotosOutside = ReadonlyMap<string, { bytes: Uint8Array; source: string }>;

function readImage(
  bytes: Uint8Array,
  item: MediaItem,
  index: number,
  entries: ReadonlyMap<string, ZipEntry>,
  limits: ContainerLimits,
  outside: PhotosOutside | undefined,
): ImageRead {
  const name = mediaEntryName(item);
  const entry = entries.get(name);
  const kept = entry ? undefined : outside?.get(item.id);
  if (kept) {
    const tooLarge = imageTooLarge(item, index, kept.bytes.length, limits);
    if (tooLarge) return { ok: false, problem: tooLarge };
    const image = checkImage(item, index, kept.bytes, kept.source, limits);
    return image.ok ? { ok: true, item: image.item, bytes: kept.bytes } : image;
  }
  if (!entry) return { ok: false, problem: missingImage(item, index, entries) };
  // Refused from the directory's declared size, before a byte is inflated.
  const tooLarge = imageTooLarge(item, index, entry.size, limits);
  if (tooLarge) return { ok: false, problem: tooLarge };
  const read = readZipEntry(bytes, entry);
  if (!read.ok) return { ok: false, problem: { path: `media[${index}]`, message: `cannot read ${name}: ${read.message}` } };
  const image = checkImage(item, index, read.bytes, name, limits);
  return image.ok ? { ok: true, item: image.item, bytes: read.bytes } : image;
}

function readMedia(bytes: Uint8Array, items: readonly MediaItem[], entries: ReadonlyMap<string, ZipEntry>, limits: ContainerLimits, outside: PhotosOutside | undefined) {
  const problems: Problem[] = [];
  const checked: MediaItem[] = [];
  const store = new Map<string, Uint8Array>();
  // `file` means nothing inside a container (the bytes are at media/<id>.<ext>), so it is dropped, not kept stale.
  for (const [index, { file: _ignored, ...item }] of items.entries()) {
    const image = readImage(bytes, item, index, entries, limits, outside);
    if (!image.ok) {
      problems.push(image.problem);
      continue;
    }
    checked.push(image.item);
    store.set(item.id, image.bytes);
  }
  return { problems, checked, store };
}

/**
 * A .briefing's bytes in, a validated document out, or every problem with its path. Never throws.
 * Only the exact names this format defines are ever read (`mimetype`, `briefing.json`, `media/<id>.<png|jpg>`
 * for the ids briefing.json declares); other entries are ignored, unsafe names refuse the file (zipDirectory.ts).
 * `outside` gives the images of a zip packed without them (PackOptions.photosOutside), checked as inside ones are.
 */
export function unpackBriefing(bytes: Uint8Array, limits: ContainerLimits = CONTAINER_LIMITS, outside?: PhotosOutside): Result<BriefingDocument> {
  try {
    const directory = readZipDirectory(bytes, limits);
    if (!directory.ok) return directory;
    const entries = new Map(directory.value.map((entry) => [entry.name, entry]));

    const marker = entries.get(MARKER_ENTRY);
    if (marker && marker.size <= MAX_MARKER_BYTES) {
      const read = readText(bytes, marker);
      if (read.ok && read.text.trim() !== BRIEFING_MIME_TYPE) {
        return refuse('(file)', `this is a ${JSON.stringify(read.text.trim())} file, not a briefing`);
      }
    }
    const json = entries.get(BRIEFING_ENTRY);
    if (!json) return refuse('(file)', notABriefing(entries));
    if (json.size > limits.maxEntryBytes) {
      return refuse(BRIEFING_ENTRY, `${formatBytes(json.size)} uncompressed; the limit is ${formatBytes(limits.maxEntryBytes)}`);
    }
    const text = readText(bytes, json);
    if (!text.ok) return refuse(BRIEFING_ENTRY, `cannot be read: ${text.message}`);
    const parsed = parseBriefingText(text.text);
    if (!parsed.ok) return parsed;

    const media = readMedia(bytes, parsed.value.media, entries, limits, outside);
    if (media.problems.length > 0) return { ok: false, problems: media.problems };
    return { ok: true, value: { briefing: { ...parsed.value, media: media.checked }, media: media.store } };
  } catch (error) {
    // Every check above is meant to catch bad input first; this is the promise that a hostile file never escapes as a crash.
    return refuse('(file)', `the file could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
}
