import type { Problem } from '../../../../core/model/index.ts';
import { assetFields, parseTemplateManifest, remoteReferences, type Template, type TemplateManifest } from '../../../../core/template/index.ts';

/**
 * What the designer edits: the manifest as plain JSON (it may be invalid while the user types, so it is not
 * typed as a manifest), the asset bytes, and where it came from, so a save can tell a new template from an edit.
 */
export interface Draft {
  manifest: Record<string, unknown>;
  assets: ReadonlyMap<string, Uint8Array>;
  /** An edit of a saved template: the folder it is in and the version it was loaded at. Absent for a new one. */
  editing?: { source: 'user' | 'shared'; version: string };
}

export type Path = readonly (string | number)[];

export function getIn(value: unknown, path: Path): unknown {
  let at = value;
  for (const key of path) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<string | number, unknown>)[key];
  }
  return at;
}

/** A copy with the value at `path` replaced (undefined deletes it); every object on the way is copied, nothing else. */
export function setIn<T>(value: T, path: Path, next: unknown): T {
  if (path.length === 0) return next as T;
  const [key, ...rest] = path;
  const source = (value && typeof value === 'object' ? value : typeof key === 'number' ? [] : {}) as Record<string | number, unknown>;
  const copy = (Array.isArray(source) ? [...source] : { ...source }) as Record<string | number, unknown>;
  const child = setIn(source[key!], rest, next);
  if (child === undefined) delete copy[key!];
  else copy[key!] = child;
  return copy as T;
}

export const pathKey = (path: Path) => path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key), '');

export type Checked = { ok: true; template: Template; problems: [] } | { ok: false; problems: Problem[] };

/** The same checks the host makes before it saves: the manifest schema, no URLs, every named asset present. */
export function checkDraft(draft: Draft, builtinIds: ReadonlySet<string>): Checked {
  const remote = remoteReferences(draft.manifest);
  if (remote.length > 0) return { ok: false, problems: remote };
  const parsed = parseTemplateManifest(draft.manifest);
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  const manifest: TemplateManifest = parsed.value;
  if (builtinIds.has(manifest.id)) return { ok: false, problems: [{ path: 'id', message: 'built-in id' }] };
  const missing = assetFields(manifest).filter(({ name }) => !draft.assets.has(name));
  if (missing.length > 0) return { ok: false, problems: missing.map(({ field, name }) => ({ path: field, message: `asset "${name}" was not given` })) };
  return { ok: true, template: { manifest, assets: draft.assets }, problems: [] };
}

/** `stem`, or `stem-2`, `stem-3`… : the first no listed template has. */
export function uniqueId(stem: string, takenIds: ReadonlySet<string>): string {
  let id = stem;
  for (let n = 2; takenIds.has(id); n++) id = `${stem}-${n}`;
  return id;
}

/** A copy of a template under a new id that no listed template has, named "… (copy)". */
export function duplicateOf(template: Template, takenIds: ReadonlySet<string>, suffix: string): Draft {
  const manifest = JSON.parse(JSON.stringify(template.manifest)) as Record<string, unknown> & { id: string; name: Record<string, string> };
  manifest.id = uniqueId(`${template.manifest.id.replace(/-copy(-\d+)?$/, '')}-copy`, takenIds);
  manifest.name = Object.fromEntries(Object.entries(manifest.name).map(([lang, text]) => [lang, `${text}${suffix}`]));
  return { manifest, assets: new Map(template.assets) };
}
