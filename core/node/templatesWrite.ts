import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { InputError, type Problem } from '../model/index.ts';
import { assetFields, assetProblem, parseTemplateManifest, remoteReferences, type Template } from '../template/index.ts';
import { writeFileAtomic } from './atomicWrite.ts';
import { MANIFEST_FILE } from './templateDir.ts';

/**
 * Writing a template folder, never half-written: a new template is written whole into a hidden folder beside its
 * place and renamed into it; an existing one gets its assets first and its manifest last, each file replaced
 * atomically, so at every moment the folder holds a manifest whose assets are all there.
 *
 * A template is a shared thing (a colleague may edit the same one on the office's share), so a save says which
 * version of the manifest it started from and is refused, not merged, when the folder now holds another one.
 */

/** The version of a template folder: the SHA-256 of its manifest bytes. Undefined when there is no manifest. */
export async function templateVersion(dir: string): Promise<string | undefined> {
  const bytes = await readFile(path.join(dir, MANIFEST_FILE)).catch(() => undefined);
  return bytes ? createHash('sha256').update(bytes).digest('hex') : undefined;
}

export interface SaveTemplateOptions {
  /** The version the editing started from; undefined for a template that should not exist yet. */
  expectedVersion?: string | undefined;
  /** Replace whatever is there (the user was asked and said so). */
  overwrite?: boolean;
  /** Ids no saved template may take: the built-in ones, so a briefing naming them prints the same everywhere. */
  reservedIds?: ReadonlySet<string>;
}

export type SaveTemplateResult =
  | { ok: true; dir: string; version: string }
  /** `exists`: a template with this id is already there; `changed`: someone saved another version meanwhile. */
  | { ok: false; conflict: 'exists' | 'changed'; dir: string };

/** Everything wrong with a template about to be written; the host re-checks what the renderer already checked. */
export function templateProblems(raw: unknown, assets: ReadonlyMap<string, Uint8Array>, reserved: ReadonlySet<string> = new Set()): { template?: Template; problems: Problem[] } {
  const remote = remoteReferences(raw);
  if (remote.length > 0) return { problems: remote };
  const parsed = parseTemplateManifest(raw);
  if (!parsed.ok) return { problems: parsed.problems };
  const manifest = parsed.value;
  if (reserved.has(manifest.id)) {
    return { problems: [{ path: 'id', message: `"${manifest.id}" is the id of a built-in template; give this template its own id` }] };
  }
  const problems: Problem[] = [];
  const kept = new Map<string, Uint8Array>();
  for (const { field, name } of assetFields(manifest)) {
    const bytes = assets.get(name);
    const problem = bytes ? assetProblem(field, name, bytes) : { path: field, message: `asset "${name}" was not given` };
    if (problem) problems.push(problem);
    else kept.set(name, bytes!);
  }
  return problems.length > 0 ? { problems } : { template: { manifest, assets: kept }, problems };
}

const manifestBytes = (template: Template) => new TextEncoder().encode(`${JSON.stringify(template.manifest, null, 2)}\n`);

async function exists(target: string): Promise<boolean> {
  return stat(target).then(
    () => true,
    () => false,
  );
}

async function writeNew(root: string, dir: string, template: Template): Promise<void> {
  await mkdir(root, { recursive: true });
  // Hidden (a leading dot): the template list skips it, so a crash mid-write leaves no broken template behind.
  const temp = path.join(root, `.${path.basename(dir)}.~bc.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  await mkdir(temp);
  try {
    for (const [name, bytes] of template.assets) await writeFileAtomic(path.join(temp, name), bytes);
    await writeFileAtomic(path.join(temp, MANIFEST_FILE), manifestBytes(template));
    await rename(temp, dir);
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw error;
  }
}

async function replaceIn(dir: string, template: Template, previousAssets: string[]): Promise<void> {
  for (const [name, bytes] of template.assets) await writeFileAtomic(path.join(dir, name), bytes);
  await writeFileAtomic(path.join(dir, MANIFEST_FILE), manifestBytes(template));
  // Only the assets the old manifest named and the new one does not: anything else in the folder is the author's.
  for (const name of previousAssets) if (!template.assets.has(name)) await rm(path.join(dir, name), { force: true });
}

async function previousAssetNames(dir: string): Promise<string[]> {
  try {
    const raw: unknown = JSON.parse(await readFile(path.join(dir, MANIFEST_FILE), 'utf8'));
    const parsed = parseTemplateManifest(raw);
    return parsed.ok ? assetFields(parsed.value).map((a) => a.name) : [];
  } catch {
    return [];
  }
}

/**
 * Saves a template into `root/<id>`. Throws InputError, writing nothing, for an invalid template; answers a
 * conflict, writing nothing, when the folder is not the version the caller expected (unless `overwrite`).
 */
export async function saveTemplate(root: string, raw: unknown, assets: ReadonlyMap<string, Uint8Array>, options: SaveTemplateOptions = {}): Promise<SaveTemplateResult> {
  const checked = templateProblems(raw, assets, options.reservedIds);
  if (!checked.template) throw new InputError(checked.problems, MANIFEST_FILE);
  const template = checked.template;
  const dir = path.join(root, template.manifest.id);
  const current = await templateVersion(dir);
  if (!options.overwrite) {
    if (options.expectedVersion === undefined && (current !== undefined || (await exists(dir)))) return { ok: false, conflict: 'exists', dir };
    if (options.expectedVersion !== undefined && current !== options.expectedVersion) return { ok: false, conflict: 'changed', dir };
  }
  if (await exists(dir)) await replaceIn(dir, template, await previousAssetNames(dir));
  else await writeNew(root, dir, template);
  return { ok: true, dir, version: (await templateVersion(dir))! };
}
