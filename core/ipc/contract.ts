import { z } from 'zod';
import { LanguageSchema, PHOTO_IMPORT_LIMITS } from '../model/index.ts';
import { MAX_PEOPLE, PersonSchema, type Person } from '../people/index.ts';
import { SeriesIdSchema, SeriesSchema, SeriesSourceSchema, type IssueRef, type Series, type SeriesSource } from '../series/index.ts';
import { PageSizeNameSchema, type TemplateManifest } from '../template/index.ts';
import { WireDocumentSchema, type Outcome, type WireDocument } from './wire.ts';

/**
 * The one list of requests the renderer may make of the host. The preload exposes exactly these as functions on
 * `window.briefing`; the main process registers one handler each and parses every payload with these schemas.
 */
const path = z.string().min(1).max(4096);
const none = z.undefined();
const recoveryKey = z.string().regex(/^[A-Za-z0-9-]{1,64}$/);
/** Names one export, so its progress events and a Cancel refer to it. */
const exportId = z.string().regex(/^[A-Za-z0-9-]{1,64}$/);

export const REQUESTS = {
  /** Version, platform, the OS language and dark mode, for the first paint. */
  'app:info': none,
  /** Built-in, user and shared templates, valid or not. */
  'templates:list': none,
  /** One template's manifest and asset bytes, for the live preview and thumbnails. */
  'templates:get': z.object({ id: z.string().min(1).max(200) }),
  /** Open a .briefing or JSON briefing: the given path, or ask with a dialog. */
  'document:open': z.object({ path: path.optional() }),
  /** Save to the given path, or ask (Save As / first save). Atomic. */
  'document:save': z.object({ document: WireDocumentSchema, path: path.optional(), saveAs: z.boolean().default(false) }),
  'recent:list': none,
  'recent:clear': none,
  /**
   * Autosave of unsaved work, kept until saved or discarded. `key` identifies the window's document. With
   * `mediaBase: 'delta'` the document carries only new or changed images; the host keeps the ones it already has
   * for `key` (photos no longer in the briefing are dropped), and refuses a delta when it has nothing to add it to.
   * `'file'` is the same, based on the photos of the file at `path` as the host last opened or saved it.
   */
  'recovery:write': z.object({
    key: z.string().regex(/^[A-Za-z0-9-]{1,64}$/),
    document: WireDocumentSchema,
    path: path.optional(),
    mediaBase: z.enum(['full', 'delta', 'file']).default('full'),
  }),
  'recovery:list': none,
  'recovery:read': z.object({ key: z.string().regex(/^[A-Za-z0-9-]{1,64}$/) }),
  'recovery:discard': z.object({ key: z.string().regex(/^[A-Za-z0-9-]{1,64}$/) }),
  /** Export to DOCX and/or PDF. Without `basePath` a save dialog asks where. */
  'export:run': z.object({
    document: WireDocumentSchema,
    formats: z.array(z.enum(['docx', 'pdf'])).min(1),
    basePath: path.optional(),
    pageSize: PageSizeNameSchema.optional(),
    /** Chosen by the renderer: the host's exportProgress events carry it, and export:cancel names it. */
    exportId: exportId.optional(),
  }),
  /** Open or reveal a file this session exported or saved (never an arbitrary path). */
  'shell:openFile': z.object({ path }),
  'shell:showInFolder': z.object({ path }),
  /** The window's unsaved state, so closing can ask first, and its title. */
  'window:setState': z.object({ dirty: z.boolean(), title: z.string().max(300) }),
  'settings:setLanguage': z.object({ language: LanguageSchema }),
  // Phone photos (issue 12): HEIC is decoded by the host (libheif in WebAssembly; the renderer's CSP allows none).
  /** A HEIC/HEIF photo's pixels, upright, scaled to at most `maxLongSide`. */
  'photos:decodeHeic': z.object({
    bytes: z
      .custom<Uint8Array>((value) => value instanceof Uint8Array, 'expected image bytes')
      .refine((bytes) => bytes.length <= PHOTO_IMPORT_LIMITS.maxFileBytes, `at most ${PHOTO_IMPORT_LIMITS.maxFileBytes / 1024 / 1024} MB`),
    maxLongSide: z.number().int().min(1).max(PHOTO_IMPORT_LIMITS.maxLongSide),
  }),
  // ── Export progress and Cancel, the read-only restore preview, checker rules off for good (helper H2) ──
  /** Stops the export started with this id: it writes nothing (its outputs are atomic) and answers canceled. */
  'export:cancel': z.object({ exportId }),
  /**
   * The file a recovery entry names, read for the restore preview without side effects: not added to Recent,
   * not marked as opened. Only that entry's own path can be read this way, so the key is the whole request.
   */
  'document:peek': z.object({ key: recoveryKey }),
  /** Checker rules the user switched off for every briefing (host settings, beside the per-briefing switch). */
  'settings:checkerRules': none,
  'settings:setCheckerRule': z.object({ rule: z.string().regex(/^[a-z0-9-]{1,64}$/), enabled: z.boolean() }),
  // Bulletin series and the people directory (issue 12, items 1 and 2).
  /** Every series in the user's and the shared folders, valid or not. */
  'series:list': none,
  /** One series and every number handed out in it (for the 期号 check). */
  'series:get': z.object({ id: SeriesIdSchema }),
  /** Create (no expectedRevision) or change a series; refused if someone changed it since `expectedRevision`. */
  'series:save': z.object({ series: SeriesSchema, source: SeriesSourceSchema, expectedRevision: z.number().int().nonnegative().optional() }),
  /** Hands out the next number: distinct across computers sharing the folder, or a refusal saying why. */
  'series:takeNumber': z.object({ id: SeriesIdSchema, supplement: z.boolean().default(false) }),
  /** The people directory; the host adds a briefing's attendees on every save and export. */
  'people:list': none,
  'people:replace': z.object({ people: z.array(PersonSchema).max(MAX_PEOPLE) }),
  // --- Template designer (issue 14): edit, save and share templates, list the machine's fonts. ---
  /** A template to edit: its manifest and assets, where it lives, and the version a save must still find there. */
  'templates:load': z.object({ id: z.string().min(1).max(200) }),
  /**
   * Save a template to the user's folder or the shared one. The manifest is checked again by the host. Without
   * `expectedVersion` the template must be new; with it, the folder must still hold that version (else a conflict
   * answer, and the renderer asks before sending `overwrite`).
   */
  'templates:save': z.object({
    manifest: z.unknown(),
    assets: z.record(z.string().max(200), z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'expected asset bytes')),
    target: z.enum(['user', 'shared']).default('user'),
    expectedVersion: z.string().max(128).optional(),
    overwrite: z.boolean().default(false),
  }),
  /** Where templates can be saved: the user's folder, and the shared folder when one is configured. */
  'templates:targets': none,
  /** Write a template as one .briefing-template file; without `path` a save dialog asks where. */
  'templates:exportFile': z.object({ id: z.string().min(1).max(200), path: path.optional() }),
  /** A .briefing-template's bytes (read by the renderer from a file the user chose), checked and unpacked. */
  'templates:readFile': z.object({
    bytes: z.custom<Uint8Array>((value) => value instanceof Uint8Array && value.length <= 64 * 1024 * 1024, 'expected the file bytes (at most 64 MB)'),
  }),
  /** The font families installed on this machine (asked of the OS once per session). */
  'fonts:list': none,
} as const;

export type Channel = keyof typeof REQUESTS;
export type RequestOf<C extends Channel> = z.input<(typeof REQUESTS)[C]>;
export type ParsedRequestOf<C extends Channel> = z.output<(typeof REQUESTS)[C]>;

export interface AppInfo {
  version: string;
  platform: string;
  language: 'zh-CN' | 'en';
  darkMode: boolean;
  /** A .briefing the app was started with (command line, file association, macOS open-file), to open first. */
  launchFile?: string;
}
export interface TemplateSummary {
  id: string;
  name: { 'zh-CN'?: string; en?: string };
  language: 'zh-CN' | 'en';
  source: 'builtin' | 'user' | 'shared';
  valid: boolean;
  problems: string[];
}
export interface WireTemplate {
  manifest: TemplateManifest;
  assets: Record<string, Uint8Array>;
}
/** A template opened for editing. `version` is absent for built-in templates, which are duplicated, never saved over. */
export interface EditableTemplate {
  template: WireTemplate;
  source: 'builtin' | 'user' | 'shared';
  version?: string;
}
export type TemplateSaveOutcome =
  | Outcome<{ id: string; version: string; dir: string }>
  /** `exists`: a template with this id is already in that folder; `changed`: someone saved it since it was loaded. */
  | { ok: false; error: string; conflict: 'exists' | 'changed' };
export interface TemplateTargets {
  user: string;
  shared?: string;
}
export interface RecoveryEntry {
  key: string;
  title: string;
  path?: string;
  savedAt: string;
}

/** Decoded photo pixels (photos:decodeHeic): straight RGBA rows, as ImageData takes them. */
export interface DecodedPhoto {
  width: number;
  height: number;
  rgba: Uint8Array;
  /** The photo's own size before scaling. */
  original: { width: number; height: number };
}

export interface SeriesSummary {
  id: string;
  source: SeriesSource;
  file: string;
  series?: Series;
  problems: string[];
}

export interface Responses {
  'app:info': AppInfo;
  'templates:list': TemplateSummary[];
  'templates:get': Outcome<{ template: WireTemplate }>;
  'document:open': Outcome<{ path: string; document: WireDocument }>;
  'document:save': Outcome<{ path: string }>;
  'recent:list': string[];
  'recent:clear': void;
  'recovery:write': Outcome<object>;
  'recovery:list': RecoveryEntry[];
  'recovery:read': Outcome<{ document: WireDocument; path?: string }>;
  'recovery:discard': void;
  'export:run': Outcome<{ files: string[] }>;
  'shell:openFile': Outcome<object>;
  'shell:showInFolder': Outcome<object>;
  'window:setState': void;
  'settings:setLanguage': void;
  'photos:decodeHeic': Outcome<{ photo: DecodedPhoto }>;
  'export:cancel': void;
  'document:peek': Outcome<{ path: string; document: WireDocument }>;
  'settings:checkerRules': { disabled: string[] };
  'settings:setCheckerRule': { disabled: string[] };
  'series:list': SeriesSummary[];
  'series:get': Outcome<{ series: Series; source: SeriesSource; numbers: IssueRef[] }>;
  'series:save': Outcome<{ series: Series }>;
  'series:takeNumber': Outcome<{ number: IssueRef; series: Series }>;
  'people:list': Outcome<{ people: Person[] }>;
  'people:replace': Outcome<{ people: Person[] }>;
  'templates:load': Outcome<EditableTemplate>;
  'templates:save': TemplateSaveOutcome;
  'templates:targets': TemplateTargets;
  'templates:exportFile': Outcome<{ path: string }>;
  'templates:readFile': Outcome<{ template: WireTemplate }>;
  'fonts:list': Outcome<{ families: string[] }>;
}

/** Messages the host sends the renderer unasked: a menu command, a file to open, a close request. */
export interface HostEvents {
  command: string;
  openFile: string;
  exportProgress: ExportProgress;
}

/**
 * One step of an export, sent to the window that asked: checking, then per format DOCX built / PDF laid out and
 * printed, then each file written. The host sends only values this schema accepts; the renderer parses them too.
 */
export const EXPORT_STEPS = ['checking', 'building', 'layout', 'printing', 'written'] as const;
export const ExportProgressSchema = z.object({
  exportId,
  step: z.enum(EXPORT_STEPS),
  format: z.enum(['docx', 'pdf']).optional(),
});
export type ExportProgress = z.infer<typeof ExportProgressSchema>;

/** What `window.briefing` is: one async function per request, plus event subscriptions. */
export type BriefingApi = {
  [C in Channel]: (request: RequestOf<C>) => Promise<Responses[C]>;
} & {
  on<E extends keyof HostEvents>(event: E, listener: (payload: HostEvents[E]) => void): () => void;
};
