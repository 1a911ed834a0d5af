import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { InputError, type Problem } from '../model/index.ts';
import { parseTemplateManifest, type Template } from '../template/index.ts';
import { describeRefusal, readRegularFile } from './regularFile.ts';

export const MANIFEST_FILE = 'template.json';
/** A template folder holds a manifest and a few images; anything bigger is a mistake, not a template. */
const MAX_ASSET_BYTES = 10 * 1024 * 1024;
const MAX_MANIFEST_BYTES = 1024 * 1024;

/**
 * Reads a template folder: `template.json` plus the assets it names. Throws InputError naming the file and
 * field for anything wrong; never returns a half-valid template.
 */
export async function loadTemplateDir(dir: string): Promise<Template> {
  const manifestPath = path.join(dir, MANIFEST_FILE);
  // A regular file, bounded: a pipe or a huge file in a shared folder must not stall the template list.
  const read = await readRegularFile(manifestPath, MAX_MANIFEST_BYTES);
  if (!read.ok) {
    const message = read.reason === 'missing' ? 'no template.json in this folder' : `cannot read template.json (${describeRefusal(read)})`;
    throw new InputError([{ path: '(file)', message }], manifestPath);
  }
  const text = new TextDecoder().decode(read.bytes);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new InputError([{ path: '(document)', message: `not valid JSON: ${(error as Error).message}` }], manifestPath);
  }
  const parsed = parseTemplateManifest(raw);
  if (!parsed.ok) throw new InputError(parsed.problems, manifestPath);
  const manifest = parsed.value;
  const assets = new Map<string, Uint8Array>();
  const problems: Problem[] = [];
  const present = new Set(await readdir(dir));
  for (const [field, name] of [['masthead.logo', manifest.masthead.logo]] as const) {
    if (!name) continue;
    if (!present.has(name)) {
      problems.push({ path: field, message: `asset "${name}" is not in the template folder` });
      continue;
    }
    const asset = await readRegularFile(path.join(dir, name), MAX_ASSET_BYTES, dir);
    if (!asset.ok) {
      const why = asset.reason === 'too-large' ? 'is larger than 10 MiB' : asset.reason === 'not-a-file' || asset.reason === 'folder' ? 'is not a file' : `cannot be read (${describeRefusal(asset)})`;
      problems.push({ path: field, message: `asset "${name}" ${why}` });
      continue;
    }
    assets.set(name, asset.bytes);
  }
  if (problems.length > 0) throw new InputError(problems, manifestPath);
  return { manifest, assets };
}
