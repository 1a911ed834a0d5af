import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { InputError, type Problem } from '../model/index.ts';
import { parseTemplateManifest, type Template } from '../template/index.ts';

export const MANIFEST_FILE = 'template.json';
/** A template folder holds a manifest and a few images; anything bigger is a mistake, not a template. */
const MAX_ASSET_BYTES = 10 * 1024 * 1024;

/**
 * Reads a template folder: `template.json` plus the assets it names. Throws InputError naming the file and
 * field for anything wrong; never returns a half-valid template.
 */
export async function loadTemplateDir(dir: string): Promise<Template> {
  const manifestPath = path.join(dir, MANIFEST_FILE);
  let text: string;
  try {
    text = await readFile(manifestPath, 'utf8');
  } catch {
    throw new InputError([{ path: '(file)', message: 'no template.json in this folder' }], manifestPath);
  }
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
    const file = path.join(dir, name);
    const info = await stat(file);
    if (!info.isFile()) {
      problems.push({ path: field, message: `asset "${name}" is not a file` });
      continue;
    }
    if (info.size > MAX_ASSET_BYTES) {
      problems.push({ path: field, message: `asset "${name}" is larger than 10 MiB` });
      continue;
    }
    assets.set(name, new Uint8Array(await readFile(file)));
  }
  if (problems.length > 0) throw new InputError(problems, manifestPath);
  return { manifest, assets };
}
