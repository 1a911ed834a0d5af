import type { Problem, Result } from '../model/index.ts';
import { unsafeNameReason } from './entryNames.ts';
import { formatBytes, type ContainerLimits } from './limits.ts';
import { u16, u32 } from './littleEndian.ts';

/** One file inside the zip, as its central directory declares it. Nothing here has been inflated yet. */
export interface ZipEntry {
  name: string;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const EOCD_LENGTH = 22;
const MAX_COMMENT = 0xffff;
const ZIP_DAMAGED = 'the file is incomplete or damaged (was it cut short while copying?)';

const names = new TextDecoder('utf-8');

function fail(message: string): Result<ZipEntry[]> {
  return { ok: false, problems: [{ path: '(file)', message }] };
}

/** The end-of-central-directory record sits in the last 22 bytes, or before a comment of at most 64 KiB. */
function findEndRecord(bytes: Uint8Array): number {
  const lowest = Math.max(0, bytes.length - EOCD_LENGTH - MAX_COMMENT);
  for (let at = bytes.length - EOCD_LENGTH; at >= lowest; at--) {
    if (u32(bytes, at) === EOCD_SIGNATURE) return at;
  }
  return -1;
}

function readEntries(bytes: Uint8Array, start: number, end: number, count: number): ZipEntry[] | undefined {
  const entries: ZipEntry[] = [];
  let at = start;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || u32(bytes, at) !== CENTRAL_SIGNATURE) return undefined;
    const nameLength = u16(bytes, at + 28);
    const next = at + 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
    if (next > end) return undefined;
    entries.push({
      name: names.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      flags: u16(bytes, at + 8),
      method: u16(bytes, at + 10),
      crc: u32(bytes, at + 16),
      compressedSize: u32(bytes, at + 20),
      size: u32(bytes, at + 24),
      localOffset: u32(bytes, at + 42),
    });
    at = next;
  }
  return entries;
}

function entryProblems(entries: readonly ZipEntry[], limits: ContainerLimits): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  let total = 0;
  for (const entry of entries) {
    const unsafe = unsafeNameReason(entry.name);
    if (unsafe) problems.push({ path: '(file)', message: `entry ${JSON.stringify(entry.name)} has an unsafe name: ${unsafe}` });
    else if (seen.has(entry.name)) problems.push({ path: '(file)', message: `entry "${entry.name}" appears twice` });
    seen.add(entry.name);
    total += entry.size;
  }
  if (total > limits.maxTotalBytes) {
    problems.push({
      path: '(file)',
      message: `its entries add up to ${formatBytes(total)} uncompressed; the limit is ${formatBytes(limits.maxTotalBytes)}`,
    });
  }
  return problems;
}

/**
 * Reads the zip's table of contents and checks it against the limits, inflating nothing. Refuses ZIP64, split
 * archives, unsafe or duplicate entry names (two readers could pick different copies of a duplicate).
 */
export function readZipDirectory(bytes: Uint8Array, limits: ContainerLimits): Result<ZipEntry[]> {
  const end = findEndRecord(bytes);
  if (end < 0) {
    const looksLikeZip = u32(bytes, 0) === 0x04034b50;
    return fail(looksLikeZip ? `${ZIP_DAMAGED}: its zip directory is missing` : 'not a zip archive');
  }
  if (u16(bytes, end + 4) !== 0 || u16(bytes, end + 6) !== 0) return fail('split (multi-part) zip archives are not supported');
  const count = u16(bytes, end + 10);
  const size = u32(bytes, end + 12);
  const offset = u32(bytes, end + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    return fail('ZIP64 archives are not supported (a briefing never needs one)');
  }
  if (count > limits.maxEntries) {
    return fail(`the file has ${count} entries; a briefing has at most ${limits.maxEntries}`);
  }
  if (offset + size > end) return fail(`${ZIP_DAMAGED}: its zip directory points outside the file`);
  const entries = readEntries(bytes, offset, offset + size, count);
  if (!entries) return fail(`${ZIP_DAMAGED}: its zip directory is unreadable`);
  const zip64 = entries.find((e) => e.size === 0xffffffff || e.compressedSize === 0xffffffff);
  if (zip64) return fail('ZIP64 archives are not supported (a briefing never needs one)');
  const problems = entryProblems(entries, limits);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: entries };
}
