import { readZipDirectory, type ZipEntry } from '../../container/zipDirectory.ts';
import { readZipEntry } from '../../container/zipEntry.ts';
import { CONTAINER_LIMITS, type ContainerLimits } from '../../container/limits.ts';
import type { Result } from '../../model/index.ts';

/** A Word file is a zip too: read through the same guards as a .briefing (names, counts, sizes, bounded inflate). */
export const DOCX_LIMITS: Readonly<ContainerLimits> = Object.freeze({
  ...CONTAINER_LIMITS,
  maxEntries: 5000,
  maxEntryBytes: 32 * 1024 * 1024,
  maxTotalBytes: 256 * 1024 * 1024,
});

/** The parts of a .docx this reader asks for by name; nothing else is inflated. */
export interface DocxParts {
  text(name: string): string | undefined;
  bytes(name: string): Uint8Array | undefined;
  has(name: string): boolean;
}

export function openDocx(bytes: Uint8Array, limits: ContainerLimits = DOCX_LIMITS): Result<DocxParts> {
  const directory = readZipDirectory(bytes, limits);
  if (!directory.ok) return directory;
  const entries = new Map<string, ZipEntry>(directory.value.map((entry) => [entry.name, entry]));
  if (!entries.has('word/document.xml')) {
    return { ok: false, problems: [{ path: '(file)', message: 'no word/document.xml inside: this is not a Word (.docx) document' }] };
  }
  const read = (name: string) => {
    const entry = entries.get(name);
    if (!entry || entry.size > limits.maxEntryBytes) return undefined;
    const result = readZipEntry(bytes, entry);
    return result.ok ? result.bytes : undefined;
  };
  return {
    ok: true,
    value: {
      has: (name) => entries.has(name),
      bytes: read,
      text: (name) => {
        const raw = read(name);
        if (!raw) return undefined;
        try {
          return new TextDecoder('utf-8', { fatal: true }).decode(raw);
        } catch {
          return undefined;
        }
      },
    },
  };
}
