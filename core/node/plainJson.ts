import path from 'node:path';
import { checkImage, CONTAINER_LIMITS, formatBytes, imageTooLarge, type ContainerLimits } from '../container/index.ts';
import { describeRefusal, readRegularFile } from './regularFile.ts';
import { knownImageDamage, parseBriefing, sniffImage, type BriefingDocument, type MediaItem, type Problem, type Result } from '../model/index.ts';

type Json = Record<string, unknown>;
type FileRead = { ok: true; bytes: Uint8Array; file: string } | { ok: false; problem?: Problem };

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A media item's `file`: a path relative to the JSON file's folder, to a file inside that folder (or a folder
 * under it). Absolute paths, URLs, `..` out of the folder and links leading out are refused, so a briefing never
 * reaches for other places on the machine or the network. Backslashes count as separators, so a file written on
 * Windows opens anywhere.
 */
async function readMediaFile(raw: Json, index: number, baseDir: string, limits: ContainerLimits): Promise<FileRead> {
  const at = `media[${index}].file`;
  if (raw.file === undefined) {
    return { ok: false, problem: { path: at, message: 'required in a plain JSON briefing: the path of the image, relative to this file' } };
  }
  if (typeof raw.file !== 'string') return { ok: false }; // the schema names this one
  // A NUL or control character is in no real file name; said plainly rather than in Node's own words.
  if ([...raw.file].some((char) => char.charCodeAt(0) < 0x20)) {
    return { ok: false, problem: { path: at, message: `${JSON.stringify(raw.file.slice(0, 80))} contains a character no file name can hold` } };
  }
  const file = raw.file.replaceAll('\\', '/');
  if (path.isAbsolute(file) || path.win32.isAbsolute(file) || /^[A-Za-z][A-Za-z0-9+.-]*:/.test(file)) {
    return { ok: false, problem: { path: at, message: `"${raw.file}" must be a path relative to this file (no absolute paths or URLs)` } };
  }
  const full = path.resolve(baseDir, file);
  // The image must be a regular file inside the briefing's folder (no climbing out, no link leading out, no
  // device or pipe): a briefing someone sent must not make the app read other files of this machine.
  const read = await readRegularFile(full, limits.maxImageBytes, baseDir);
  if (!read.ok) {
    if (read.reason === 'too-large') {
      const tooLarge = imageTooLarge({ id: String(raw.id) }, index, read.size ?? limits.maxImageBytes + 1, limits);
      if (tooLarge) return { ok: false, problem: tooLarge };
    }
    const why = read.reason === 'outside-folder' ? "it is outside the briefing's folder; put the images beside the JSON file or in a folder under it" : describeRefusal(read);
    return { ok: false, problem: { path: at, message: `cannot read "${raw.file}" (${why})` } };
  }
  const { bytes } = read;
  // Said here, about the file, rather than as the "width: required" that a non-image would leave behind.
  if (!sniffImage(bytes)) return { ok: false, problem: { path: at, message: `"${raw.file}" is not a PNG or JPEG image` } };
  const damage = knownImageDamage(bytes);
  if (damage) return { ok: false, problem: { path: at, message: `"${raw.file}" cannot be used: ${damage}` } };
  return { ok: true, bytes, file: raw.file };
}

/** What a hand-written JSON may leave out is what the image's own bytes say: its type and pixel size. */
function fillFromBytes(raw: Json, bytes: Uint8Array): Json {
  const info = sniffImage(bytes);
  if (!info) return raw;
  return { mimeType: info.mimeType, width: info.width, height: info.height, ...raw };
}

/**
 * A plain JSON briefing (already parsed from `jsonPath`) and the images its media items name, as a document.
 * Images are checked like the container's: real PNG/JPEG of the declared type, within limits, width/height
 * filled in when missing and repaired when wrong.
 */
export async function readPlainJsonBriefing(raw: unknown, jsonPath: string, limits: ContainerLimits = CONTAINER_LIMITS): Promise<Result<BriefingDocument>> {
  const baseDir = path.dirname(path.resolve(jsonPath));
  const rawMedia = isObject(raw) && Array.isArray(raw.media) ? raw.media : [];
  if (rawMedia.length > limits.maxEntries) {
    return { ok: false, problems: [{ path: 'media', message: `${rawMedia.length} images; a briefing has at most ${limits.maxEntries}` }] };
  }
  // One at a time, with a running total: a list naming one huge file a thousand times stops at the limit.
  const reads: FileRead[] = [];
  let total = 0;
  for (const [index, item] of rawMedia.entries()) {
    const read = isObject(item) ? await readMediaFile(item, index, baseDir, limits) : { ok: false as const };
    total += read.ok ? read.bytes.length : 0;
    if (total > limits.maxTotalBytes) {
      const message = `the images add up to more than ${formatBytes(limits.maxTotalBytes)}`;
      return { ok: false, problems: [{ path: `media[${index}]`, message }] };
    }
    reads.push(read);
  }
  const filled = isObject(raw) && Array.isArray(raw.media)
    ? { ...raw, media: rawMedia.map((item, i) => (isObject(item) && reads[i]?.ok ? fillFromBytes(item, reads[i].bytes) : item)) }
    : raw;
  const parsed = parseBriefing(filled);
  if (!parsed.ok) {
    return { ok: false, problems: [...parsed.problems, ...reads.flatMap((read) => (!read.ok && read.problem ? [read.problem] : []))] };
  }
  const problems: Problem[] = [];
  const media: MediaItem[] = [];
  const store = new Map<string, Uint8Array>();
  for (const [index, item] of parsed.value.media.entries()) {
    const read = reads[index];
    if (!read?.ok) {
      if (read?.problem) problems.push(read.problem);
      continue;
    }
    const checked = checkImage(item, index, read.bytes, read.file, limits);
    if (!checked.ok) {
      problems.push(checked.problem);
      continue;
    }
    media.push(checked.item);
    store.set(item.id, read.bytes);
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: { briefing: { ...parsed.value, media }, media: store } };
}
