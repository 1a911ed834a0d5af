import { Inflate } from 'fflate';
import { crc32 } from './crc32.ts';
import { formatBytes } from './limits.ts';
import { u16, u32 } from './littleEndian.ts';
import type { ZipEntry } from './zipDirectory.ts';

const LOCAL_SIGNATURE = 0x04034b50;
/** Compressed bytes fed to the inflater at a time: at most ~8 MB can come out of one push, even from a bomb. */
const PUSH_BYTES = 8 * 1024;

export type EntryRead = { ok: true; bytes: Uint8Array } | { ok: false; message: string };


class TooLarge extends Error {}

/** Inflates into a buffer of exactly the declared size and stops the moment the data would overflow it. */
function inflateBounded(data: Uint8Array, declared: number): EntryRead {
  const out = new Uint8Array(declared);
  let written = 0;
  const inflater = new Inflate((chunk) => {
    if (written + chunk.length > declared) throw new TooLarge();
    out.set(chunk, written);
    written += chunk.length;
  });
  try {
    if (data.length === 0) inflater.push(data, true);
    for (let at = 0; at < data.length; at += PUSH_BYTES) {
      inflater.push(data.subarray(at, at + PUSH_BYTES), at + PUSH_BYTES >= data.length);
    }
  } catch (error) {
    if (error instanceof TooLarge) {
      return { ok: false, message: `it expands to more than its declared ${formatBytes(declared)} (a zip bomb?)` };
    }
    return { ok: false, message: `it is damaged (${error instanceof Error ? error.message : String(error)})` };
  }
  if (written !== declared) return { ok: false, message: 'it is damaged (shorter than declared)' };
  return { ok: true, bytes: out };
}

/**
 * The bytes of one entry, never more than its directory record declared. Checks that the local header agrees
 * with the directory, that the data lies inside the file, and the CRC.
 */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry): EntryRead {
  const at = entry.localOffset;
  if (at + 30 > bytes.length || u32(bytes, at) !== LOCAL_SIGNATURE) {
    return { ok: false, message: 'it is missing from the file (the file is damaged or cut short)' };
  }
  const nameLength = u16(bytes, at + 26);
  const localName = new TextDecoder().decode(bytes.subarray(at + 30, at + 30 + nameLength));
  if (localName !== entry.name) return { ok: false, message: 'its local header names a different entry' };
  if (entry.flags & 1) return { ok: false, message: 'it is encrypted, which briefings never are' };
  const start = at + 30 + nameLength + u16(bytes, at + 28);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (start + entry.compressedSize > bytes.length) {
    return { ok: false, message: 'it is cut short (the file is incomplete)' };
  }
  let read: EntryRead;
  if (entry.method === 0) {
    read = entry.compressedSize === entry.size ? { ok: true, bytes: data.slice() } : { ok: false, message: 'its sizes disagree' };
  } else if (entry.method === 8) {
    read = inflateBounded(data, entry.size);
  } else {
    read = { ok: false, message: `it uses compression method ${entry.method}, which is not supported` };
  }
  if (read.ok && crc32(read.bytes) !== entry.crc) return { ok: false, message: 'it is damaged (checksum mismatch)' };
  return read;
}
