import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, unlink } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { packBriefing, unpackBriefing, type PhotosOutside } from '../../container/index.ts';
import { InputError, type BriefingDocument } from '../../model/index.ts';
import type { Outcome, RecoveryEntry } from '../../ipc/index.ts';
import { writeFileAtomic } from '../atomicWrite.ts';
import { openBriefing } from '../briefingFile.ts';
import { removeStaleTemps } from '../tempFiles.ts';

const CONTENT_NAME = /^([A-Za-z0-9-]{1,64})(\.[a-z0-9]{1,20}-[0-9a-f]{8})?\.briefing$/;
const PHOTO_NAME = /^([A-Za-z0-9-]{1,64})\.p-[a-z0-9]{1,20}-[0-9a-f]{8}\.photo$/;

/**
 * `content`: the document file this note describes; notes written before it existed describe `<key>.briefing`.
 * `photos`: when present, the content holds the text alone and each photo is a file of its own, by media id (see
 * write); older notes name a content file with the photos inside.
 */
const MetaSchema = z.object({
  title: z.string(),
  path: z.string().optional(),
  savedAt: z.iso.datetime(),
  content: z.string().regex(CONTENT_NAME).optional(),
  photos: z.record(z.string(), z.string().regex(PHOTO_NAME)).optional(),
});
type Meta = z.infer<typeof MetaSchema>;

/** Keys are checked by the IPC schema too; checked again here because they become file names. */
const KEY = /^[A-Za-z0-9-]{1,64}$/;
/** How many files' photos are kept for 'file' writes: the few most recently opened or saved. */
const FILES_KEPT = 4;

type MediaBytes = ReadonlyMap<string, Uint8Array>;
export type MediaBase = 'full' | 'delta' | 'file';

/**
 * Unsaved work kept in `<userData>/recovery/`: `<key>.<stamp>.briefing` (the document's text, a new file each
 * write), `<key>.p-<stamp>.photo` (one per photo, written once: while typing goes on only the text changes) and
 * `<key>.json` (title, original path, time, and which files it describes). Each write puts the new files beside the
 * old ones, then replaces the note (atomically), then removes the files the note no longer names. A note can
 * therefore only ever name whole files that it describes: a crash before the note leaves the old entry as it was
 * (plus unnamed files, removed by sweep() at the next start), a crash after it the new one.
 *
 * Writing every photo again on every autosave (every 1.5 s of typing) cost a CRC and a copy of each photo's bytes
 * on the host's thread, the desktop app's main process, where it held up the window's input: for 40 camera photos
 * several hundred ms per write, and a hundred MB or more of disk writes.
 */
export class RecoveryStore {
  readonly dir: string;

  /** The image bytes of the last successful write per key, for 'delta' writes. */
  private readonly sentMedia = new Map<string, MediaBytes>();
  /** Per key, the photo files the current note names, with the very bytes each holds (a changed photo is new bytes). */
  private readonly photoFiles = new Map<string, ReadonlyMap<string, { bytes: Uint8Array; file: string }>>();
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

  /** The files of `key`'s entries in the folder: `<key>.briefing` (older notes), `<key>.<stamp>.briefing`, its photos. */
  private async contentFiles(key: string): Promise<string[]> {
    const names = await readdir(this.dir).catch(() => [] as string[]);
    return names.filter((name) => contentKey(name) === key);
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
    // Checked (and refused, writing nothing) before any file is written.
    const text = packBriefing(whole, undefined, { photosOutside: true, compressText: false });
    await mkdir(this.dir, { recursive: true });
    const at = this.now();
    const stamp = () => `${at.getTime().toString(36)}-${randomBytes(4).toString('hex')}`;
    const onDisk = this.photoFiles.get(key);
    const photos = new Map<string, { bytes: Uint8Array; file: string }>();
    for (const { id } of whole.briefing.media) {
      // packBriefing has checked that every listed photo has its bytes.
      const bytes = whole.media.get(id)!;
      const kept = onDisk?.get(id);
      if (kept?.bytes === bytes) {
        photos.set(id, kept);
        continue;
      }
      const file = `${key}.p-${stamp()}.photo`;
      await writeFileAtomic(path.join(this.dir, file), bytes);
      photos.set(id, { bytes, file });
    }
    const content = `${key}.${stamp()}.briefing`;
    await writeFileAtomic(path.join(this.dir, content), text);
    const meta: Meta = {
      title: doc.briefing.meta.title,
      savedAt: at.toISOString(),
      content,
      photos: Object.fromEntries([...photos].map(([id, { file }]) => [id, file])),
      ...(originalPath ? { path: originalPath } : {}),
    };
    this.photoFiles.delete(key);
    await writeFileAtomic(metaFile, new TextEncoder().encode(`${JSON.stringify(meta, null, 2)}\n`));
    this.photoFiles.set(key, photos);
    const named = new Set([content, ...[...photos.values()].map((p) => p.file)]);
    for (const old of await this.contentFiles(key)) if (!named.has(old)) await unlink(path.join(this.dir, old)).catch(() => undefined);
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
      if (meta) for (const file of filesOf(key, meta)) named.add(file);
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
      if (!meta || !filesOf(key, meta).every((file) => present.has(file))) continue;
      const { content: _content, photos: _photos, ...shown } = meta;
      entries.push({ key, ...shown });
    }
    return entries.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  }

  /** The recovered document and where it had been saved before, or undefined when there is none under `key`. */
  async read(key: string): Promise<{ document: BriefingDocument; path?: string } | undefined> {
    const meta = await this.meta(key);
    if (!meta) return undefined;
    const contentFile = path.join(this.dir, contentOf(key, meta));
    const document = meta.photos ? await this.readWithPhotos(contentFile, meta.photos) : await openBriefing(contentFile);
    return { document, ...(meta.path ? { path: meta.path } : {}) };
  }

  private async readWithPhotos(contentFile: string, photos: Readonly<Record<string, string>>): Promise<BriefingDocument> {
    const outside = new Map<string, { bytes: Uint8Array; file: string }>();
    for (const [id, file] of Object.entries(photos)) {
      const bytes = await readFile(path.join(this.dir, file)).catch(() => undefined);
      if (!bytes) throw new InputError([{ path: '(file)', message: `the photo "${id}" of this recovered document is missing (${file})` }], contentFile);
      // A copy of its own: the document goes to the renderer, and a view would carry the whole buffer under it.
      outside.set(id, { bytes: new Uint8Array(bytes), file });
    }
    const unpacked = unpackBriefing(new Uint8Array(await readFile(contentFile)), undefined, photoSources(outside));
    if (!unpacked.ok) throw new InputError(unpacked.problems, contentFile);
    return unpacked.value;
  }

  async discard(key: string): Promise<void> {
    const files = this.files(key);
    this.sentMedia.delete(key);
    this.photoFiles.delete(key);
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

/** Every file a note names: its content and its photos. */
function filesOf(key: string, meta: Meta): string[] {
  return [contentOf(key, meta), ...Object.values(meta.photos ?? {})];
}

/** The key of a recovery file name (`<key>.briefing`, `<key>.<stamp>.briefing`, `<key>.p-<stamp>.photo`), or undefined. */
function contentKey(name: string): string | undefined {
  return (CONTENT_NAME.exec(name) ?? PHOTO_NAME.exec(name))?.[1];
}

function photoSources(photos: ReadonlyMap<string, { bytes: Uint8Array; file: string }>): PhotosOutside {
  return new Map([...photos].map(([id, { bytes, file }]) => [id, { bytes, source: file }]));
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
