import { readFile, readdir, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { InputError } from '../model/index.ts';
import { localize, type Template } from '../template/index.ts';
import { BUILTIN_TEMPLATES_DIR } from './paths.ts';
import { MANIFEST_FILE, loadTemplateDir } from './templateDir.ts';

/**
 * Where templates come from: the ones shipped with the app, the user's own folder, and any shared folders
 * (a network share an office keeps its house templates on). Each of these holds one sub-folder per template.
 *
 * Precedence for a duplicate id: user > shared (earlier shared folder first) > built-in, except that built-in ids
 * are reserved: a user or shared template that claims one is refused, because a briefing that names
 * "cn-work-briefing" must print the same on every machine. Every other shadowing is reported on the loser.
 */
export interface TemplateSources {
  builtinDir?: string;
  userDir?: string;
  sharedDirs?: string[];
}

export type TemplateSource = 'builtin' | 'user' | 'shared';

export interface TemplateEntry {
  id: string;
  /** The template's name in English (falling back to Chinese). */
  name: string;
  source: TemplateSource;
  dir: string;
  valid: boolean;
  /** "…/template.json: page.marginsMm.top: required" — empty when valid. */
  problems: string[];
}

const APP_NAME = 'Briefing Composer';

/** The per-user template folder, by the conventions of each platform; BRIEFING_TEMPLATES_DIR overrides it. */
export function userTemplatesDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = os.homedir(),
): string {
  const override = env.BRIEFING_TEMPLATES_DIR?.trim();
  if (override) return override;
  if (platform === 'win32') {
    const appData = env.APPDATA?.trim() || path.win32.join(home, 'AppData', 'Roaming');
    return path.win32.join(appData, APP_NAME, 'templates');
  }
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', APP_NAME, 'templates');
  const config = env.XDG_CONFIG_HOME?.trim() || path.posix.join(home, '.config');
  return path.posix.join(config, 'briefing-composer', 'templates');
}

/** Shared template folders from BRIEFING_SHARED_TEMPLATES, separated like PATH (";" on Windows, ":" elsewhere). */
export function sharedTemplateDirs(env: NodeJS.ProcessEnv = process.env): string[] {
  return (env.BRIEFING_SHARED_TEMPLATES ?? '')
    .split(path.delimiter)
    .map((dir) => dir.trim())
    .filter((dir) => dir !== '');
}

interface Scanned extends TemplateEntry {
  template?: Template;
  /** Why it failed to load, kept so resolveTemplate can rethrow the loader's own error. */
  error?: unknown;
}

function describe(error: unknown, dir: string): string[] {
  if (error instanceof InputError) {
    const file = error.file ?? path.join(dir, MANIFEST_FILE);
    return error.problems.map((p) => `${file}: ${p.path}: ${p.message}`);
  }
  const detail = error instanceof Error ? error.message : String(error);
  return [`${path.join(dir, MANIFEST_FILE)}: could not be read (${detail})`];
}

/** Id and name of a broken template, as far as its manifest can still be read; else the folder's name. */
async function bestEffortIdentity(dir: string): Promise<{ id: string; name: string }> {
  const fallback = { id: path.basename(dir), name: path.basename(dir) };
  try {
    const raw: unknown = JSON.parse(await readFile(path.join(dir, MANIFEST_FILE), 'utf8'));
    if (typeof raw !== 'object' || raw === null) return fallback;
    const { id, name } = raw as { id?: unknown; name?: { en?: unknown; 'zh-CN'?: unknown } };
    const readableId = typeof id === 'string' && /^[a-z0-9][a-z0-9-]*$/.test(id) ? id : fallback.id;
    const readableName = [name?.en, name?.['zh-CN']].find((n): n is string => typeof n === 'string' && n !== '');
    return { id: readableId, name: readableName ?? readableId };
  } catch {
    return fallback;
  }
}

async function scanOne(dir: string, source: TemplateSource): Promise<Scanned> {
  try {
    const template = await loadTemplateDir(dir);
    const { id } = template.manifest;
    return { id, name: localize(template.manifest.name, 'en'), source, dir, valid: true, problems: [], template };
  } catch (error) {
    return { ...(await bestEffortIdentity(dir)), source, dir, valid: false, problems: describe(error, dir), error };
  }
}

/** One templates folder: each visible sub-folder is a template. A folder that does not exist is simply empty. */
async function scanFolder(root: string, source: TemplateSource): Promise<Scanned[]> {
  let names: string[];
  try {
    const dirents = await readdir(root, { withFileTypes: true });
    names = dirents.filter((d) => d.isDirectory() && !d.name.startsWith('.')).map((d) => d.name);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return [];
    // An unreachable share is worth a line in the list rather than silence.
    const problem = `${root}: cannot read this templates folder (${code ?? String(error)})`;
    return [{ id: path.basename(root), name: path.basename(root), source, dir: root, valid: false, problems: [problem] }];
  }
  names.sort();
  return Promise.all(names.map((name) => scanOne(path.join(root, name), source)));
}

function withProblem(entry: Scanned, problem: string): Scanned {
  const { template: _dropped, error: _error, ...rest } = entry;
  return { ...rest, valid: false, problems: [...entry.problems, problem] };
}

/**
 * Applies the precedence rules: returns every entry (losers marked invalid with the reason) and, per id, the
 * entry that id resolves to.
 */
function settle(builtin: Scanned[], shared: Scanned[], user: Scanned[]): { entries: Scanned[]; winners: Map<string, Scanned> } {
  const winners = new Map<string, Scanned>();
  const settled = new Map<Scanned, Scanned>();
  for (const entry of builtin) {
    const earlier = winners.get(entry.id);
    if (earlier) settled.set(entry, withProblem(entry, `id "${entry.id}" is also used by ${earlier.dir}, which is used instead`));
    else winners.set(entry.id, entry);
  }
  const reserved = new Set(winners.keys());
  // Highest precedence first, so the first claimant of an id keeps it.
  for (const entry of [...user, ...shared]) {
    const earlier = winners.get(entry.id);
    if (reserved.has(entry.id)) {
      settled.set(entry, withProblem(entry, `id "${entry.id}" belongs to a built-in template; give this template another id`));
    } else if (earlier) {
      settled.set(entry, withProblem(entry, `id "${entry.id}" is also used by the ${earlier.source} template in ${earlier.dir}, which is used instead`));
    } else {
      winners.set(entry.id, entry);
    }
  }
  const entries = [...builtin, ...shared, ...user].map((entry) => settled.get(entry) ?? entry);
  return { entries, winners };
}

async function scanAll(sources: TemplateSources): Promise<{ entries: Scanned[]; winners: Map<string, Scanned> }> {
  const builtinDir = sources.builtinDir ?? BUILTIN_TEMPLATES_DIR;
  const userDir = sources.userDir ?? userTemplatesDir();
  const sharedDirs = sources.sharedDirs ?? sharedTemplateDirs();
  const [builtin, user, ...shared] = await Promise.all([
    scanFolder(builtinDir, 'builtin'),
    scanFolder(userDir, 'user'),
    ...sharedDirs.map((dir) => scanFolder(dir, 'shared')),
  ]);
  return settle(builtin ?? [], shared.flat(), user ?? []);
}

/**
 * Every template found, built-in first, then shared, then the user's; each folder's templates by folder name.
 * A broken template is listed as invalid with its problems and never hides the others.
 */
export async function listTemplates(sources: TemplateSources = {}): Promise<TemplateEntry[]> {
  const { entries } = await scanAll(sources);
  return entries.map(({ template: _template, error: _error, ...entry }) => entry);
}

async function isDirectory(candidate: string): Promise<boolean> {
  try {
    return (await stat(candidate)).isDirectory();
  } catch {
    return false;
  }
}

const looksLikePath = (value: string) => /[\\/]/.test(value) || value === '.' || value === '..';

/** A template folder path, or an id looked up in the sources. Throws InputError naming what was wrong. */
export async function resolveTemplate(idOrDir: string, sources: TemplateSources = {}): Promise<Template> {
  if (await isDirectory(idOrDir)) return loadTemplateDir(idOrDir);
  if (looksLikePath(idOrDir)) {
    throw new InputError([{ path: '(template)', message: `no template folder at "${idOrDir}"` }]);
  }
  return templateWithId(idOrDir, sources, 'templateId');
}

/**
 * The template a briefing names in `meta.templateId`: an id from the template folders only, never a path, so a
 * briefing someone sent cannot make the app load a folder of its choosing (only the user's own --template can).
 */
export async function resolveTemplateId(id: string, sources: TemplateSources = {}): Promise<Template> {
  if (looksLikePath(id) || path.isAbsolute(id) || path.win32.isAbsolute(id)) {
    const message = `"${id}" is not a template id (a briefing names its template by id; to use a template folder, pass --template DIR)`;
    throw new InputError([{ path: 'meta.templateId', message }]);
  }
  return templateWithId(id, sources, 'meta.templateId');
}

async function templateWithId(id: string, sources: TemplateSources, field: string): Promise<Template> {
  const { winners } = await scanAll(sources);
  const entry = winners.get(id);
  if (entry?.template) return entry.template;
  if (entry?.error instanceof InputError) throw entry.error;
  if (entry) throw new InputError([{ path: '(template)', message: entry.problems.join('; ') }], entry.dir);
  const known = [...winners.values()].filter((e) => e.valid).map((e) => e.id).sort();
  const list = known.length > 0 ? known.join(', ') : 'none found';
  throw new InputError([{ path: field, message: `unknown template "${id}" (known templates: ${list})` }]);
}
