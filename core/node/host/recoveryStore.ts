import { mkdir, readdir, readFile, unlink } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { BriefingDocument } from '../../model/index.ts';
import type { Outcome, RecoveryEntry } from '../../ipc/index.ts';
import { writeFileAtomic } from '../atomicWrite.ts';
import { openBriefing, saveBriefing } from '../briefingFile.ts';

const MetaSchema = z.object({ title: z.string(), path: z.string().optional(), savedAt: z.iso.datetime() });
type Meta = z.infer<typeof MetaSchema>;

/** Keys are checked by the IPC schema too; checked again here because they become file names. */
const KEY = /^[A-Za-z0-9-]{1,64}$/;
/** How many files' photos are kept for 'file' writes: the few most recently opened or saved. */
const FILES_KEPT = 4;

type MediaBytes = ReadonlyMap<string, Uint8Array>;
export type MediaBase = 'full' | 'delta' | 'file';

/**
 * Unsaved work kept in `<userData>/recovery/`: `<key>.briefing` (the document, written atomically) and
 * `<key>.json` (title, original path, time). The document is written before its note, so a listed entry always
 * has a whole document behind it; a crash between the two leaves an unlisted file that the next write replaces.
 */
export class RecoveryStore {
  readonly dir: string;

  /** The image bytes of the last successful write per key, for 'delta' writes. */
  private readonly sentMedia = new Map<string, MediaBytes>();
  /** The image bytes of the files last opened or saved, by path, for 'file' writes. */
  private readonly fileMedia = new Map<string, MediaBytes>();

  constructor(userDataDir: string, private readonly now: () => Date = () => new Date()) {
    this.dir = path.join(userDataDir, 'recovery');
  }

  private files(key: string) {
    if (!KEY.test(key)) throw new Error(`invalid recovery key "${key.slice(0, 80)}"`);
    return { doc: path.join(this.dir, `${key}.briefing`), meta: path.join(this.dir, `${key}.json`) };
  }

  /** What the file at `path` holds, just opened or saved: the base of a 'file' write. */
  rememberFile(path: string, media: Readonly<Record<string, Uint8Array>>): void {
    this.fileMedia.delete(path);
    this.fileMedia.set(path, new Map(Object.entries(media)));
    for (const oldest of this.fileMedia.keys()) {
      if (this.fileMedia.size <= FILES_KEPT) break;
      this.fileMedia.delete(oldest);
    }
  }

  /**
   * With `mediaBase: 'delta'`, `doc.media` holds only new or changed images and the rest come from the last write
   * under `key`; with 'file', from the file at `originalPath` as last opened or saved (both kept in memory, so
   * the renderer need not clone every photo on each keystroke-driven autosave, nor on the first after opening).
   * A delta with nothing to add it to (the host restarted, the key was discarded, the file is no longer
   * remembered) is refused: send it whole.
   */
  async write(key: string, doc: BriefingDocument, originalPath?: string, mediaBase: MediaBase = 'full'): Promise<Outcome<object>> {
    const files = this.files(key);
    const base = mediaBase === 'delta' ? this.sentMedia.get(key) : mediaBase === 'file' && originalPath ? this.fileMedia.get(originalPath) : undefined;
    const whole = mediaBase === 'full' ? doc : base && merged(base, doc);
    if (!whole) return { ok: false, error: 'recovery:write needs the full document first' };
    // Forgotten until the write succeeds: a failed write may leave the renderer unsure what the host holds.
    this.sentMedia.delete(key);
    await mkdir(this.dir, { recursive: true });
    await saveBriefing(files.doc, whole);
    const meta: Meta = { title: doc.briefing.meta.title, savedAt: this.now().toISOString(), ...(originalPath ? { path: originalPath } : {}) };
    await writeFileAtomic(files.meta, new TextEncoder().encode(`${JSON.stringify(meta, null, 2)}\n`));
    this.sentMedia.set(key, new Map(whole.media));
    return { ok: true };
  }

  private async meta(key: string): Promise<Meta | undefined> {
    try {
      const parsed = MetaSchema.safeParse(JSON.parse(await readFile(this.files(key).meta, 'utf8')));
      return parsed.success ? parsed.data : undefined;
    } catch {
      return undefined;
    }
  }

  /** Newest first. Notes that are unreadable, or whose document is missing, are not offered. */
  async list(): Promise<RecoveryEntry[]> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch {
      return [];
    }
    const present = new Set(names);
    const keys = names.filter((n) => n.endsWith('.json')).map((n) => n.slice(0, -5)).filter((k) => KEY.test(k) && present.has(`${k}.briefing`));
    const entries: RecoveryEntry[] = [];
    for (const key of keys) {
      const meta = await this.meta(key);
      if (meta) entries.push({ key, ...meta });
    }
    return entries.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  }

  /** The recovered document and where it had been saved before, or undefined when there is none under `key`. */
  async read(key: string): Promise<{ document: BriefingDocument; path?: string } | undefined> {
    const meta = await this.meta(key);
    if (!meta) return undefined;
    const document = await openBriefing(this.files(key).doc);
    return { document, ...(meta.path ? { path: meta.path } : {}) };
  }

  async discard(key: string): Promise<void> {
    const files = this.files(key);
    this.sentMedia.delete(key);
    // The note goes first: without it the entry is no longer offered, even if removing the document fails.
    for (const file of [files.meta, files.doc]) {
      await unlink(file).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
      });
    }
  }
}

function merged(known: MediaBytes, delta: BriefingDocument): BriefingDocument {
  const media = new Map<string, Uint8Array>();
  for (const { id } of delta.briefing.media) {
    const bytes = delta.media.get(id) ?? known.get(id);
    // A photo with no bytes anywhere is left out, so the packer names it rather than writing a broken file.
    if (bytes) media.set(id, bytes);
  }
  return { briefing: delta.briefing, media };
}
