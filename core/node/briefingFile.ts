import path from 'node:path';
import { CONTAINER_LIMITS, formatBytes, packBriefing, unpackBriefing, type ContainerLimits } from '../container/index.ts';
import { InputError, type BriefingDocument, type Problem } from '../model/index.ts';
import { writeFileAtomic } from './atomicWrite.ts';
import { versionOfBytes, type FileVersion } from './fileVersion.ts';
import { readPlainJsonBriefing } from './plainJson.ts';
import { describeRefusal, readRegularFile } from './regularFile.ts';
import { removeStaleTemps } from './tempFiles.ts';

export { writeFileAtomic } from './atomicWrite.ts';

type Kind = 'zip' | 'json' | { unknown: string };

const startsWith = (bytes: Uint8Array, ...prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

/** Judged by the first bytes, never by the extension: a renamed file still opens, or gets a precise message. */
function kindOf(bytes: Uint8Array): Kind {
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04) || startsWith(bytes, 0x50, 0x4b, 0x05, 0x06)) return 'zip';
  let at = startsWith(bytes, 0xef, 0xbb, 0xbf) ? 3 : 0;
  while (at < bytes.length && [0x20, 0x09, 0x0a, 0x0d].includes(bytes[at]!)) at++;
  if (bytes[at] === 0x7b || bytes[at] === 0x5b) return 'json';
  if (startsWith(bytes, 0xff, 0xfe) || startsWith(bytes, 0xfe, 0xff)) return { unknown: 'the text is UTF-16; save it as UTF-8' };
  if (at === bytes.length) return { unknown: 'the file is empty' };
  const looksLike =
    startsWith(bytes, 0x89, 0x50, 0x4e, 0x47) ? ' (it looks like a PNG image)'
    : startsWith(bytes, 0xff, 0xd8, 0xff) ? ' (it looks like a JPEG image)'
    : startsWith(bytes, 0x25, 0x50, 0x44, 0x46) ? ' (it looks like a PDF)'
    : '';
  return { unknown: `not a briefing: expected a .briefing file (a zip) or a JSON briefing${looksLike}` };
}

async function readBounded(filePath: string, limit: number): Promise<{ bytes: Uint8Array; version: FileVersion }> {
  const read = await readRegularFile(filePath, limit);
  if (read.ok) return { bytes: read.bytes, version: versionOfBytes(read.bytes, read.info) };
  const message =
    read.reason === 'folder' ? 'is a folder, not a briefing file'
    : read.reason === 'not-a-file' ? 'is not a regular file (a device or a pipe), so it cannot be a briefing'
    : read.reason === 'too-large' ? `the file is ${read.size !== undefined ? formatBytes(read.size) : `over ${formatBytes(limit)}`}; a briefing is at most ${formatBytes(limit)}`
    : `cannot read the file (${describeRefusal(read)})`;
  throw new InputError([{ path: '(file)', message }], filePath);
}

function parseJsonText(bytes: Uint8Array, limits: ContainerLimits): { ok: true; raw: unknown } | { ok: false; problem: Problem } {
  if (bytes.length > limits.maxEntryBytes) {
    return { ok: false, problem: { path: '(file)', message: `a JSON briefing is at most ${formatBytes(limits.maxEntryBytes)}` } };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, problem: { path: '(file)', message: 'not UTF-8 text' } };
  }
  try {
    return { ok: true, raw: JSON.parse(text) };
  } catch (error) {
    return { ok: false, problem: { path: '(document)', message: `not valid JSON: ${(error as Error).message}` } };
  }
}

/**
 * Opens a .briefing container or a plain JSON briefing (with images beside it, named by `file`), migrating older
 * formats. Throws InputError naming the file and every problem's path inside it; never a half-valid document.
 */
export async function openBriefing(filePath: string, limits: ContainerLimits = CONTAINER_LIMITS): Promise<BriefingDocument> {
  return (await openBriefingVersioned(filePath, limits)).document;
}

/**
 * The document and the version of the file it was read from (fileVersion.ts), from the same one read: the app
 * remembers the version to tell later whether someone else changed the file, without reading it a second time.
 */
export async function openBriefingVersioned(
  filePath: string,
  limits: ContainerLimits = CONTAINER_LIMITS,
): Promise<{ document: BriefingDocument; version: FileVersion }> {
  const { bytes, version } = await readBounded(filePath, limits.maxTotalBytes);
  // Hidden copies that crashed saves of this document left beside it; never a reason to fail the open.
  await removeStaleTemps(path.dirname(path.resolve(filePath)), filePath);
  const kind = kindOf(bytes);
  if (typeof kind === 'object') throw new InputError([{ path: '(file)', message: kind.unknown }], filePath);
  if (kind === 'zip') {
    const unpacked = unpackBriefing(bytes, limits);
    if (!unpacked.ok) throw new InputError(unpacked.problems, filePath);
    return { document: unpacked.value, version };
  }
  const json = parseJsonText(bytes, limits);
  if (!json.ok) throw new InputError([json.problem], filePath);
  const doc = await readPlainJsonBriefing(json.raw, filePath, limits);
  if (!doc.ok) throw new InputError(doc.problems, filePath);
  return { document: doc.value, version };
}

/**
 * Saves a document as a .briefing container, whatever the extension, atomically: the previous file stays whole
 * until the new one is complete on disk. A document that could not be opened again is refused before writing. Returns the bytes written.
 */
export async function saveBriefing(filePath: string, doc: BriefingDocument): Promise<Uint8Array> {
  let bytes: Uint8Array;
  try {
    bytes = packBriefing(doc);
  } catch (error) {
    throw error instanceof InputError ? error.withFile(filePath) : error;
  }
  await writeFileAtomic(filePath, bytes);
  return bytes;
}
