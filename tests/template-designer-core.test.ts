import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InputError } from '../core/model/index.ts';
import { BUILTIN_TEMPLATES_DIR } from '../core/node/paths.ts';
import { loadTemplateDir } from '../core/node/templateDir.ts';
import { listTemplates } from '../core/node/templates.ts';
import { saveTemplate, templateVersion } from '../core/node/templatesWrite.ts';
import {
  compareWithGbt9704,
  chineseSizeOf,
  packTemplate,
  unpackTemplate,
  remoteReferences,
  type Template,
} from '../core/template/index.ts';
import { makePng } from './fixtures/images.ts';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'bc-tpl-write-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function builtin(id = 'cn-work-briefing'): Promise<Template> {
  return loadTemplateDir(path.join(BUILTIN_TEMPLATES_DIR, id));
}

async function userCopy(id = 'office-briefing'): Promise<Template> {
  const base = await builtin();
  const manifest = structuredClone(base.manifest);
  manifest.id = id;
  manifest.name = { 'zh-CN': '调研简报模板' };
  manifest.masthead.name = { 'zh-CN': '调研简报' };
  manifest.masthead.logo = 'logo.png';
  return { manifest, assets: new Map([['logo.png', makePng(60, 30)]]) };
}

const reserved = new Set(['cn-work-briefing', 'en-visit-report']);
const json = (t: Template) => JSON.parse(JSON.stringify(t.manifest)) as unknown;

describe('saving a template', () => {
  it('writes a new template folder whole, which the template list then finds valid', async () => {
    const template = await userCopy();
    const saved = await saveTemplate(root, json(template), template.assets, { reservedIds: reserved });
    expect(saved.ok).toBe(true);
    expect((await readdir(root)).sort()).toEqual(['office-briefing']);
    const entries = await listTemplates({ builtinDir: BUILTIN_TEMPLATES_DIR, userDir: root, sharedDirs: [] });
    const mine = entries.find((e) => e.id === 'office-briefing');
    expect(mine).toMatchObject({ source: 'user', valid: true });
    const loaded = await loadTemplateDir(path.join(root, 'office-briefing'));
    expect(loaded.manifest.masthead.name['zh-CN']).toBe('调研简报');
    expect(loaded.assets.get('logo.png')).toEqual(template.assets.get('logo.png'));
  });

  it('refuses an invalid manifest, a built-in id, a missing or non-image asset, and a URL, writing nothing', async () => {
    const template = await userCopy();
    const broken = json(template) as { page: { marginsMm: { top: number } } };
    broken.page.marginsMm.top = -3;
    await expect(saveTemplate(root, broken, template.assets)).rejects.toThrow(/page\.marginsMm\.top/);
    const builtinId = { ...(json(template) as object), id: 'cn-work-briefing' };
    await expect(saveTemplate(root, builtinId, template.assets, { reservedIds: reserved })).rejects.toThrow(/built-in/);
    await expect(saveTemplate(root, json(template), new Map())).rejects.toThrow(/masthead\.logo: asset "logo\.png" was not given/);
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    await expect(saveTemplate(root, json(template), new Map([['logo.png', svg]]))).rejects.toThrow(/not a PNG or JPEG/);
    const linked = json(template) as { description?: unknown };
    linked.description = { en: 'see https://example.com/logo' };
    const error = await saveTemplate(root, linked, template.assets).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).problems[0]?.path).toBe('description.en');
    expect(await readdir(root)).toEqual([]);
  });

  it('does not overwrite a template changed elsewhere, or an existing one, without being told to', async () => {
    const template = await userCopy();
    const first = await saveTemplate(root, json(template), template.assets);
    if (!first.ok) throw new Error('first save failed');
    expect(first.version).toBe(await templateVersion(first.dir));
    // A second "new" template with the same id is a conflict, not a silent replacement.
    expect(await saveTemplate(root, json(template), template.assets)).toMatchObject({ ok: false, conflict: 'exists' });
    // A colleague saves another version on the share.
    const manifestPath = path.join(first.dir, 'template.json');
    const theirs = JSON.parse(await readFile(manifestPath, 'utf8')) as { masthead: { name: Record<string, string> } };
    theirs.masthead.name['zh-CN'] = '他们的简报';
    await writeFile(manifestPath, JSON.stringify(theirs));
    const mine = structuredClone(template.manifest);
    mine.masthead.name = { 'zh-CN': '我的简报' };
    const refused = await saveTemplate(root, json({ ...template, manifest: mine }), template.assets, { expectedVersion: first.version });
    expect(refused).toMatchObject({ ok: false, conflict: 'changed' });
    expect(JSON.parse(await readFile(manifestPath, 'utf8'))).toMatchObject({ masthead: { name: { 'zh-CN': '他们的简报' } } });
    const forced = await saveTemplate(root, json({ ...template, manifest: mine }), template.assets, { expectedVersion: first.version, overwrite: true });
    expect(forced.ok).toBe(true);
    expect((await loadTemplateDir(first.dir)).manifest.masthead.name['zh-CN']).toBe('我的简报');
  });

  it('replaces assets before the manifest and removes the logo the new manifest no longer names', async () => {
    const template = await userCopy();
    const first = await saveTemplate(root, json(template), template.assets);
    if (!first.ok) throw new Error('first save failed');
    const next = structuredClone(template.manifest);
    next.masthead.logo = 'logo-2.png';
    const saved = await saveTemplate(root, json({ ...template, manifest: next }), new Map([['logo-2.png', makePng(20, 20)]]), { expectedVersion: first.version });
    expect(saved.ok).toBe(true);
    expect((await readdir(first.dir)).sort()).toEqual(['logo-2.png', 'template.json']);
  });
});

describe('.briefing-template files', () => {
  it('round-trips a template with its logo', async () => {
    const template = await userCopy();
    const back = unpackTemplate(packTemplate(template));
    if (!back.ok) throw new Error(JSON.stringify(back.problems));
    expect(back.value.manifest).toEqual(template.manifest);
    expect(back.value.assets.get('logo.png')).toEqual(template.assets.get('logo.png'));
  });

  it('refuses hostile and wrong files with the reason', async () => {
    const template = await userCopy();
    const manifest = new TextEncoder().encode(JSON.stringify(template.manifest));
    const refusal = (entries: Record<string, Uint8Array>) => {
      const result = unpackTemplate(zipSync(entries));
      return result.ok ? 'accepted' : result.problems.map((p) => `${p.path}: ${p.message}`).join('; ');
    };
    expect(refusal({ '../template.json': manifest })).toMatch(/unsafe name/);
    expect(refusal({ 'briefing.json': manifest })).toMatch(/not a briefing template/);
    expect(refusal({ 'template.json': manifest })).toMatch(/masthead\.logo: asset "logo\.png" is not in the file/);
    expect(refusal({ 'template.json': manifest, 'logo.png': new TextEncoder().encode('<svg/>') })).toMatch(/not a PNG or JPEG/);
    expect(refusal({ mimetype: new TextEncoder().encode('application/zip'), 'template.json': manifest })).toMatch(/not a template/);
    const withUrl = { ...template.manifest, description: { en: 'url(https://x.test/a.png)' } };
    expect(refusal({ 'template.json': new TextEncoder().encode(JSON.stringify(withUrl)), 'logo.png': makePng(4, 4) })).toMatch(/description\.en: a template holds no URLs/);
    // A zip bomb: a large entry of zeros, compressed tiny. Its declared size is over the template limit.
    expect(refusal({ 'template.json': new Uint8Array(40 * 1024 * 1024) })).toMatch(/limit|1 MB/);
    expect(unpackTemplate(new TextEncoder().encode('not a zip')).ok).toBe(false);
  });

  it('finds remote references anywhere in a manifest', () => {
    expect(remoteReferences({ a: ['ok', { b: 'file:///etc/passwd' }], c: 'javascript:alert(1)', d: 'Noto Serif CJK SC' }).map((p) => p.path)).toEqual(['a[1].b', 'c']);
  });
});

describe('GB/T 9704 comparison', () => {
  it('names each departure with zh-CN and en messages', async () => {
    const base = await builtin();
    const manifest = structuredClone(base.manifest);
    manifest.page.marginsMm.top = 30;
    manifest.page.marginsMm.left = 28.8; // within ±1 mm
    manifest.fonts.body.sizePt = 14;
    manifest.body.grid = { linesPerPage: 20, charsPerLine: 28 };
    manifest.pageNumbers.pattern = { 'zh-CN': '第{n}页' };
    manifest.pageNumbers.odd = 'center';
    const departures = compareWithGbt9704(manifest);
    expect(departures.map((d) => d.path)).toEqual(
      expect.arrayContaining(['page.marginsMm.top', 'fonts.body.sizePt', 'body.grid', 'pageNumbers.pattern', 'pageNumbers.odd']),
    );
    expect(departures.map((d) => d.path)).not.toContain('page.marginsMm.left');
    const body = departures.find((d) => d.path === 'fonts.body.sizePt')!;
    expect(body.message['zh-CN']).toBe('正文字号为 四号（14 磅），标准为三号（16 磅）');
    expect(body.message.en).toContain('14 pt');
  });

  it('finds the built-in cn-work-briefing within the standard on margins, body, grid and page-number format', async () => {
    const paths = compareWithGbt9704((await builtin()).manifest).map((d) => d.path);
    for (const path of ['page.size', 'page.marginsMm.top', 'page.marginsMm.bottom', 'page.marginsMm.left', 'page.marginsMm.right', 'fonts.body.sizePt', 'body.grid', 'pageNumbers.pattern', 'pageNumbers.odd', 'pageNumbers.font.sizePt']) {
      expect(paths).not.toContain(path);
    }
  });

  it('knows the Chinese type sizes', () => {
    expect(chineseSizeOf(16)?.zh).toBe('三号');
    expect(chineseSizeOf(10.5)?.zh).toBe('五号');
    expect(chineseSizeOf(13)).toBeUndefined();
  });
});
