import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, unlink } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { BriefingDocument } from '../../model/index.ts';
import type { Outcome, RecoveryEntry } from '../../ipc/index.ts';
import { writeFileAtomic } from '../atomicWrite.ts';
import { openBriefing, saveBriefing } from '../briefingFile.ts';
import { removeStaleTemps } from '../tempFiles.ts';

/** `content`: the document file this note describes; notes written before it existed describe `<key>.briefing`. */
const MetaSchema = z.object({ title: z.string(), path: z.string().optional(), savedAt: z.iso.datetime(), content: z.string().regex(/^[A-Za-z0-9-]{1,64}(\.[a-z0-9]{1,20}-[0-9a-f]{8})?\.briefing$/).optional() });
type Meta = z.infer<typeof MetaSchema>;

/** Keys are checked by the IPC schema too; checked again here because they become file names. */
const KEY = /^[A-Za-z0-9-]{1,64}$/;
/** How many files' photos are kept for 'file' writes: the few most recently opened or saved. */
const FILES_KEPT = 4;

type MediaBytes = ReadonlyMap<string, Uint8Array>;
export type MediaBase = 'full' | 'delta' | 'file';

/**
 * Unsaved work kept in `<userData>/recovery/`: `<key>.<stamp>.briefing` (the document, a new file each write) and
 * `<key>.json` (title, original path, time, and which document file it describes). Each write puts the new
 * document beside the old one, then replaces the note (atomically), then removes the old document. A note can
 * therefore only ever name a whole document that it describes: a crash before the note leaves the old entry as it
 * was (plus an unnamed file, removed by sweep() at the next start), a crash after it the new one.
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

  /** Writes wait for the start-up sweep, which would take a new document for an unnamed leftover. */
  private swept: Promise<void> = Promise.resolve();
  /** Writes under one key one after another: a slow write finishing last must not name a removed file. */
  private readonly writing = new Map<string, Promise<unknown>>();

  private files(key: string) {
    if (!KEY.test(key)) throw new Error(`invalid recovery key "${key.slice(0, 80)}"`);
    return { meta: path.join(this.dir, `${key}.json`) };
  }

  /** The document files of `key` in the folder: `<key>.briefing` (older notes) and `<key>.<stamp>.briefing`. */
  private async contentFiles(key: string): Promise<string[]> {
    const names = await readdir(this.dir).catch(() => [] as string[]);
    return names.filter((name) => name === `${key}.briefing` || (name.startsWith(`${key}.`) && contentKey(name) === key));
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
  write(key: string, doc: BriefingDocument, originalPath?: string, mediaBase: MediaBase = 'full'): Promise<Outcome<object>> {
    const files = this.files(key);
    const run = (this.writing.get(key) ?? Promise.resolve()).catch(() => undefined).then(() => this.writeNow(key, files.meta, doc, originalPath, mediaBase));
    this.writing.set(key, run);
    return run;
  }

  private async writeNow(key: string, metaFile: string, doc: BriefingDocument, originalPath: string | undefined, mediaBase: MediaBase): Promise<Outcome<object>> {
    const base = mediaBase === 'delta' ? this.sentMedia.get(key) : mediaBase === 'file' && originalPath ? this.fileMedia.get(originalPath) : undefined;
    const whole = mediaBase === 'full' ? doc : base && merged(base, doc);
    if (!whole) return { ok: false, error: 'recovery:write needs the full document first' };
    await this.swept.catch(() => undefined);
    // Forgotten until the write succeeds: a failed write may leave the renderer unsure what the host holds.
    this.sentMedia.delete(key);
    await mkdir(this.dir, { recursive: true });
    const at = this.now();
    const content = `${key}.${at.getTime().toString(36)}-${randomBytes(4).toString('hex')}.briefing`;
    await saveBriefing(path.join(this.dir, content), whole);
    const meta: Meta = { title: doc.briefing.meta.title, savedAt: at.toISOString(), content, ...(originalPath ? { path: originalPath } : {}) };
    await writeFileAtomic(metaFile, new TextEncoder().encode(`${JSON.stringify(meta, null, 2)}\n`));
    for (const old of await this.contentFiles(key)) if (old !== content) await unlink(path.join(this.dir, old)).catch(() => undefined);
    this.sentMedia.set(key, new Map(whole.media));
    return { ok: true };
  }

  /**
   * At start: removes what crashed writes left — temp files of dead processes, and document files no note names
   * (written just before a crash, or whose removal the crash cut off). Nothing here is ever a user's only copy of
   * an entry: the file a note names is kept.
   */
  sweep(): Promise<void> {
    this.swept = this.sweepNow();
    return this.swept;
  }

  private async sweepNow(): Promise<void> {
    await removeStaleTemps(this.dir);
    const names = await readdir(this.dir).catch(() => [] as string[]);
    const named = new Set<string>();
    for (const name of names) {
      if (!name.endsWith('.json')) continue;
      const key = name.slice(0, -5);
      if (!KEY.test(key)) continue;
      const meta = await this.meta(key);
      if (meta) named.add(contentOf(key, meta));
    }
    for (const name of names) {
      if (contentKey(name) !== undefined && !named.has(name)) await unlink(path.join(this.dir, name)).catch(() => undefined);
    }
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
    const keys = names.filter((n) => n.endsWith('.json')).map((n) => n.slice(0, -5)).filter((k) => KEY.test(k));
    const entries: RecoveryEntry[] = [];
    for (const key of keys) {
      const meta = await this.meta(key);
      if (!meta || !present.has(contentOf(key, meta))) continue;
      const { content: _content, ...shown } = meta;
      entries.push({ key, ...shown });
    }
    return entries.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  }

  /** The recovered document and where it had been saved before, or undefined when there is none under `key`. */
  async read(key: string): Promise<{ document: BriefingDocument; path?: string } | undefined> {
    const meta = await this.meta(key);
    if (!meta) return undefined;
    const document = await openBriefing(path.join(this.dir, contentOf(key, meta)));
    return { document, ...(meta.path ? { path: meta.path } : {}) };
  }

  async discard(key: string): Promise<void> {
    const files = this.files(key);
    this.sentMedia.delete(key);
    // The note goes first: without it the entry is no longer offered, even if removing the document fails.
    for (const file of [files.meta, ...(await this.contentFiles(key)).map((name) => path.join(this.dir, name))]) {
      await unlink(file).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
      });
    }
  }
}

/** The document file a note describes. */
function contentOf(key: string, meta: Meta): string {
  return meta.content ?? `${key}.briefing`;
}

/** The key of a recovery document file name (`<key>.briefing` or `<key>.<stamp>.briefing`), or undefined. */
function contentKey(name: string): string | undefined {
  const match = /^([A-Za-z0-9-]{1,64})(\.[a-z0-9]{1,20}-[0-9a-f]{8})?\.briefing$/.exec(name);
  return match?.[1];
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
