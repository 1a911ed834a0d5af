import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InputError } from '../core/model/index.ts';
import { BUILTIN_TEMPLATES_DIR } from '../core/node/paths.ts';
import {
  listTemplates,
  resolveTemplate,
  sharedTemplateDirs,
  userTemplatesDir,
  type TemplateEntry,
} from '../core/node/templates.ts';
import { makePng } from './fixtures/images.ts';

type Json = Record<string, unknown>;

let root: string;
let userDir: string;
let sharedDir: string;

async function builtinManifest(id: string): Promise<Json> {
  return JSON.parse(await readFile(path.join(BUILTIN_TEMPLATES_DIR, id, 'template.json'), 'utf8')) as Json;
}

/** A user template made from the English built-in with a new id; `edit` breaks it on purpose. */
async function writeTemplate(parent: string, folder: string, id: string, edit: (m: Json) => void = () => {}) {
  const manifest = { ...(await builtinManifest('en-visit-report')), id, name: { en: `Template ${id}` } };
  edit(manifest);
  const dir = path.join(parent, folder);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'template.json'), JSON.stringify(manifest, null, 2));
  await writeFile(path.join(dir, 'logo.png'), makePng(40, 40));
  return dir;
}

const masthead = (m: Json) => m.masthead as Json;
const byDir = (entries: TemplateEntry[], dir: string) => entries.find((e) => e.dir === dir);
const sources = () => ({ userDir, sharedDirs: [sharedDir] });

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'bc-templates-'));
  userDir = path.join(root, 'user');
  sharedDir = path.join(root, 'shared');
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('listTemplates', () => {
  it('lists the built-in templates as valid, with their English names, when no other folder exists', async () => {
    const entries = await listTemplates(sources());
    expect(entries.map((e) => [e.id, e.source, e.valid])).toEqual([
      ['cn-work-briefing', 'builtin', true],
      ['en-visit-report', 'builtin', true],
    ]);
    expect(entries[0]!.name).toBe('Work briefing (GB/T 9704-2012)');
  });

  it('lists good user templates as valid and each broken one as invalid with the file and field', async () => {
    const good = await writeTemplate(userDir, 'acme', 'acme-report');
    const badJson = path.join(userDir, 'bad-json');
    await mkdir(badJson, { recursive: true });
    await writeFile(path.join(badJson, 'template.json'), '{ "id": "bad-json", ');
    const noMargin = await writeTemplate(userDir, 'no-margin', 'no-margin', (m) => {
      delete ((m.page as Json).marginsMm as Json).top;
    });
    const noLogo = await writeTemplate(userDir, 'no-logo', 'no-logo', (m) => {
      masthead(m).logo = 'crest.png';
    });
    const escape = await writeTemplate(userDir, 'escape', 'escape', (m) => {
      masthead(m).logo = '../../etc/passwd';
    });
    const entries = await listTemplates(sources());
    expect(entries.filter((e) => e.source === 'builtin').every((e) => e.valid)).toBe(true);
    expect(byDir(entries, good)).toMatchObject({ id: 'acme-report', name: 'Template acme-report', source: 'user', valid: true, problems: [] });

    const manifestOf = (dir: string) => path.join(dir, 'template.json');
    expect(byDir(entries, badJson)?.valid).toBe(false);
    expect(byDir(entries, badJson)?.problems[0]).toMatch(new RegExp(`^${escapeRe(manifestOf(badJson))}: \\(document\\): not valid JSON`));
    expect(byDir(entries, noMargin)).toMatchObject({ id: 'no-margin', valid: false });
    expect(byDir(entries, noMargin)?.problems).toEqual([`${manifestOf(noMargin)}: page.marginsMm.top: required`]);
    expect(byDir(entries, noLogo)?.problems).toEqual([
      `${manifestOf(noLogo)}: masthead.logo: asset "crest.png" is not in the template folder`,
    ]);
    expect(byDir(entries, escape)?.valid).toBe(false);
    expect(byDir(entries, escape)?.problems.join('\n')).toContain(`${manifestOf(escape)}: masthead.logo: an asset file name inside the template folder`);
  });

  it('treats a missing user or shared folder as empty and skips a folder that is a file', async () => {
    await mkdir(root, { recursive: true });
    await writeFile(path.join(root, 'not-a-folder'), 'x');
    const entries = await listTemplates({ userDir: path.join(root, 'nope'), sharedDirs: [path.join(root, 'not-a-folder')] });
    expect(entries.map((e) => e.source)).toEqual(['builtin', 'builtin']);
  });

  it('refuses a user or shared template that reuses a built-in id, and keeps the built-in', async () => {
    const impostor = await writeTemplate(userDir, 'my-copy', 'cn-work-briefing');
    const entries = await listTemplates(sources());
    expect(byDir(entries, impostor)?.valid).toBe(false);
    expect(byDir(entries, impostor)?.problems.join()).toContain('belongs to a built-in template');
    const resolved = await resolveTemplate('cn-work-briefing', sources());
    expect(resolved.manifest.language).toBe('zh-CN');
  });

  it('lets a user template override a shared one with the same id, and says so on the shared one', async () => {
    const shared = await writeTemplate(sharedDir, 'house', 'house-style', (m) => {
      m.name = { en: 'Shared house style' };
    });
    const mine = await writeTemplate(userDir, 'house', 'house-style', (m) => {
      m.name = { en: 'My house style' };
    });
    const entries = await listTemplates(sources());
    expect(byDir(entries, mine)).toMatchObject({ source: 'user', valid: true });
    expect(byDir(entries, shared)).toMatchObject({ source: 'shared', valid: false });
    expect(byDir(entries, shared)?.problems.join()).toContain(`also used by the user template in ${mine}`);
    const resolved = await resolveTemplate('house-style', sources());
    expect(resolved.manifest.name.en).toBe('My house style');
  });
});

describe('resolveTemplate', () => {
  it('loads a template by id from the user folder, with its assets', async () => {
    await writeTemplate(userDir, 'acme', 'acme-report');
    const template = await resolveTemplate('acme-report', sources());
    expect(template.manifest.id).toBe('acme-report');
    expect(template.assets.get('logo.png')?.length).toBeGreaterThan(0);
  });

  it('loads a template from a folder path, even one outside every source', async () => {
    const dir = await writeTemplate(path.join(root, 'elsewhere'), 'x', 'loose-template');
    const template = await resolveTemplate(dir, sources());
    expect(template.manifest.id).toBe('loose-template');
  });

  it('names the known ids when the id is unknown', async () => {
    await writeTemplate(userDir, 'acme', 'acme-report');
    const error = await resolveTemplate('no-such-template', sources()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toBe(
      'templateId: unknown template "no-such-template" (known templates: acme-report, cn-work-briefing, en-visit-report)',
    );
  });

  it('reports the manifest problems, with the file, when the id names a broken template', async () => {
    const dir = await writeTemplate(userDir, 'broken', 'broken-one', (m) => {
      delete m.colors;
    });
    const error = await resolveTemplate('broken-one', sources()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toBe(`${path.join(dir, 'template.json')}: colors: required`);
  });

  it('says there is no folder when given a path that does not exist', async () => {
    await expect(resolveTemplate(path.join(root, 'missing', 'dir'), sources())).rejects.toThrow(/no template folder at/);
  });
});

describe('template folder locations', () => {
  const home = '/home/ana';
  it('follows each platform and lets BRIEFING_TEMPLATES_DIR override it', () => {
    expect(userTemplatesDir({}, 'linux', home)).toBe('/home/ana/.config/briefing-composer/templates');
    expect(userTemplatesDir({ XDG_CONFIG_HOME: '/cfg' }, 'linux', home)).toBe('/cfg/briefing-composer/templates');
    expect(userTemplatesDir({}, 'darwin', '/Users/ana')).toBe('/Users/ana/Library/Application Support/Briefing Composer/templates');
    expect(userTemplatesDir({ APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' }, 'win32', 'C:\\Users\\ana')).toBe(
      'C:\\Users\\ana\\AppData\\Roaming\\Briefing Composer\\templates',
    );
    expect(userTemplatesDir({ BRIEFING_TEMPLATES_DIR: '/srv/t', XDG_CONFIG_HOME: '/cfg' }, 'linux', home)).toBe('/srv/t');
  });

  it('splits BRIEFING_SHARED_TEMPLATES on the path delimiter and ignores empty parts', () => {
    const value = ['/mnt/share/templates', '', ' /opt/house '].join(path.delimiter);
    expect(sharedTemplateDirs({ BRIEFING_SHARED_TEMPLATES: value })).toEqual(['/mnt/share/templates', '/opt/house']);
    expect(sharedTemplateDirs({})).toEqual([]);
  });

  it('finds templates through the environment when no sources are given', async () => {
    await writeTemplate(userDir, 'acme', 'acme-report');
    await writeTemplate(sharedDir, 'house', 'house-style');
    const saved = { user: process.env.BRIEFING_TEMPLATES_DIR, shared: process.env.BRIEFING_SHARED_TEMPLATES };
    process.env.BRIEFING_TEMPLATES_DIR = userDir;
    process.env.BRIEFING_SHARED_TEMPLATES = sharedDir;
    try {
      const entries = await listTemplates();
      expect(entries.map((e) => `${e.source}:${e.id}`)).toEqual([
        'builtin:cn-work-briefing',
        'builtin:en-visit-report',
        'shared:house-style',
        'user:acme-report',
      ]);
    } finally {
      restore('BRIEFING_TEMPLATES_DIR', saved.user);
      restore('BRIEFING_SHARED_TEMPLATES', saved.shared);
    }
  });
});

function restore(key: string, value: string | undefined) {
  if (value === undefined) delete process.env[key];
  else process.env[key] = value;
}

function escapeRe(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
