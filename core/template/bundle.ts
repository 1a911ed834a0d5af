import { zipSync, type Zippable } from 'fflate';
import { readZipDirectory } from '../container/zipDirectory.ts';
import { readZipEntry } from '../container/zipEntry.ts';
import { CONTAINER_LIMITS, formatBytes, type ContainerLimits } from '../container/limits.ts';
import type { Problem, Result } from '../model/index.ts';
import { assetFields, assetProblem, MAX_TEMPLATE_ASSET_BYTES } from './assets.ts';
import { remoteReferences } from './dataOnly.ts';
import type { Template } from './manifest.ts';
import { parseTemplateManifest } from './parse.ts';

/** A `.briefing-template` file: a zip of one template folder, marked like a .briefing so sniffers can tell it. */
export const TEMPLATE_MIME_TYPE = 'application/vnd.briefing-composer.template+zip';
export const TEMPLATE_FILE_EXTENSION = '.briefing-template';
const MARKER = 'mimetype';
const MANIFEST = 'template.json';
const MAX_MANIFEST_BYTES = 1024 * 1024;
const ENTRY_TIME = new Date(2000, 0, 1);

/** A template's own limits: a manifest and a few images, far below what a briefing may hold. */
export const TEMPLATE_LIMITS: Readonly<ContainerLimits> = Object.freeze({
  ...CONTAINER_LIMITS,
  maxEntries: 50,
  maxEntryBytes: MAX_TEMPLATE_ASSET_BYTES,
  maxTotalBytes: 64 * 1024 * 1024,
});

/** The bytes of a `.briefing-template`: the marker, template.json, and exactly the assets the manifest names. */
export function packTemplate(template: Template): Uint8Array {
  const entries: Zippable = {
    [MARKER]: [new TextEncoder().encode(TEMPLATE_MIME_TYPE), { level: 0 }],
    [MANIFEST]: [new TextEncoder().encode(`${JSON.stringify(template.manifest, null, 2)}\n`), { level: 6 }],
  };
  for (const { name } of assetFields(template.manifest)) {
    const bytes = template.assets.get(name);
    if (bytes) entries[name] = [bytes, { level: 0 }];
  }
  return zipSync(entries, { mtime: ENTRY_TIME });
}

const refuse = (path: string, message: string): Result<Template> => ({ ok: false, problems: [{ path, message }] });

function text(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * A `.briefing-template`'s bytes in, a validated template out, or every problem with its path. Never throws. The
 * same hostile-input rules as a .briefing: the zip directory is checked (entry names, counts, sizes) before anything
 * is inflated, inflating is bounded by the declared sizes, and only template.json and the assets it names are read.
 */
export function unpackTemplate(bytes: Uint8Array, limits: ContainerLimits = TEMPLATE_LIMITS): Result<Template> {
  try {
    const directory = readZipDirectory(bytes, limits);
    if (!directory.ok) return directory;
    const entries = new Map(directory.value.map((entry) => [entry.name, entry]));
    const marker = entries.get(MARKER);
    if (marker && marker.size <= 256) {
      const read = readZipEntry(bytes, marker);
      const kind = read.ok ? text(read.bytes)?.trim() : undefined;
      if (kind !== undefined && kind !== TEMPLATE_MIME_TYPE) return refuse('(file)', `this is a ${JSON.stringify(kind)} file, not a template`);
    }
    const json = entries.get(MANIFEST);
    if (!json) return refuse('(file)', `no ${MANIFEST} inside: this zip is not a briefing template`);
    if (json.size > MAX_MANIFEST_BYTES) return refuse(MANIFEST, `${formatBytes(json.size)} uncompressed; the limit is 1 MB`);
    const read = readZipEntry(bytes, json);
    if (!read.ok) return refuse(MANIFEST, `cannot be read: ${read.message}`);
    const source = text(read.bytes);
    if (source === undefined) return refuse(MANIFEST, 'cannot be read: it is not UTF-8 text');
    let raw: unknown;
    try {
      raw = JSON.parse(source);
    } catch (error) {
      return refuse(MANIFEST, `not valid JSON: ${(error as Error).message}`);
    }
    const remote = remoteReferences(raw);
    if (remote.length > 0) return { ok: false, problems: remote };
    const parsed = parseTemplateManifest(raw);
    if (!parsed.ok) return parsed;
    const assets = new Map<string, Uint8Array>();
    const problems: Problem[] = [];
    for (const { field, name } of assetFields(parsed.value)) {
      const entry = entries.get(name);
      if (!entry) {
        problems.push({ path: field, message: `asset "${name}" is not in the file` });
        continue;
      }
      if (entry.size > MAX_TEMPLATE_ASSET_BYTES) {
        problems.push({ path: field, message: `asset "${name}" is ${formatBytes(entry.size)}; the limit is 10 MB` });
        continue;
      }
      const asset = readZipEntry(bytes, entry);
      if (!asset.ok) {
        problems.push({ path: field, message: `asset "${name}" cannot be read: ${asset.message}` });
        continue;
      }
      const problem = assetProblem(field, name, asset.bytes);
      if (problem) problems.push(problem);
      else assets.set(name, asset.bytes);
    }
    if (problems.length > 0) return { ok: false, problems };
    return { ok: true, value: { manifest: parsed.value, assets } };
  } catch (error) {
    return refuse('(file)', `the file could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
}
