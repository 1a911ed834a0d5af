import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { extensionFor, type BriefingDocument } from '../../core/model/index.ts';

export function tempDir(prefix = 'briefing-test-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

/** Writes a document as a plain JSON briefing with its photos beside it, as a user or a script would. */
export function writePlainJson(dir: string, doc: BriefingDocument, name = 'briefing.json'): string {
  mkdirSync(path.join(dir, 'photos'), { recursive: true });
  const media = doc.briefing.media.map((item) => {
    const file = `photos/${item.id}.${extensionFor(item.mimeType)}`;
    const bytes = doc.media.get(item.id);
    if (!bytes) throw new Error(`fixture has no bytes for ${item.id}`);
    writeFileSync(path.join(dir, file), bytes);
    return { ...item, file };
  });
  const target = path.join(dir, name);
  writeFileSync(target, JSON.stringify({ ...doc.briefing, media }, null, 2));
  return target;
}
