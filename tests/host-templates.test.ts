import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATES_DIR } from '../core/node/paths.ts';
import { unpackTemplate } from '../core/template/index.ts';
import { makePng } from './fixtures/images.ts';
import { hostHarness, type Harness } from './helpers/hostHarness.ts';

let root: string;
let userDir: string;
let sharedDir: string;
let host: Harness;
beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'bc-host-templates-'));
  userDir = path.join(root, 'user');
  sharedDir = path.join(root, 'shared');
  host = hostHarness(path.join(root, 'data'), { templateSources: { builtinDir: BUILTIN_TEMPLATES_DIR, userDir, sharedDirs: [sharedDir] } });
});
afterEach(async () => {
  await host.dispose();
  await rm(root, { recursive: true, force: true });
});

async function builtinCopy(id: string) {
  const loaded = await host.call('templates:load', { id: 'cn-work-briefing' });
  if (!loaded.ok) throw new Error('load failed');
  expect(loaded.source).toBe('builtin');
  expect(loaded.version).toBeUndefined();
  const manifest = { ...loaded.template.manifest, id, masthead: { ...loaded.template.manifest.masthead, logo: 'logo.png' } };
  return { manifest, assets: { 'logo.png': makePng(30, 30) } };
}

describe('the template designer\'s host services', () => {
  it('saves to the user and the shared folder, lists them, and asks before replacing a changed one', async () => {
    expect(await host.call('templates:targets', undefined)).toEqual({ user: userDir, shared: sharedDir });
    const copy = await builtinCopy('office-briefing');
    const saved = await host.call('templates:save', { ...copy, target: 'shared' });
    expect(saved).toMatchObject({ ok: true, id: 'office-briefing', dir: path.join(sharedDir, 'office-briefing') });
    const list = await host.call('templates:list', undefined);
    expect(list.find((t) => t.id === 'office-briefing')).toMatchObject({ source: 'shared', valid: true });

    const opened = await host.call('templates:load', { id: 'office-briefing' });
    if (!opened.ok || !saved.ok) throw new Error('not saved');
    expect(opened).toMatchObject({ source: 'shared', version: saved.version });
    // Someone else saves it in between: the second editor is asked, not silently overwritten.
    await host.call('templates:save', { ...copy, target: 'shared', expectedVersion: opened.version!, manifest: { ...copy.manifest, name: { en: 'Theirs' } } });
    const mine = await host.call('templates:save', { ...copy, target: 'shared', expectedVersion: opened.version!, manifest: { ...copy.manifest, name: { en: 'Mine' } } });
    expect(mine).toMatchObject({ ok: false, conflict: 'changed' });
    const stored = JSON.parse(await readFile(path.join(sharedDir, 'office-briefing', 'template.json'), 'utf8')) as { name: { en: string } };
    expect(stored.name.en).toBe('Theirs');
  });

  it('refuses a built-in id, an invalid manifest and a bad payload with a message', async () => {
    const copy = await builtinCopy('cn-work-briefing');
    expect(await host.call('templates:save', copy)).toMatchObject({ ok: false, error: expect.stringContaining('built-in') });
    const broken = { ...copy, manifest: { ...copy.manifest, id: 'x', colors: { text: 'red', accent: '#E60012' } } };
    expect(await host.call('templates:save', broken)).toMatchObject({ ok: false, error: expect.stringContaining('colors.text') });
    expect(await host.raw('templates:save', { manifest: {}, assets: { 'logo.png': 'iVBOR' } })).toMatchObject({ ok: false, error: expect.stringMatching(/^invalid request: assets\.logo\.png/) });
  });

  it('exports a .briefing-template through the save dialog and reads one back', async () => {
    const copy = await builtinCopy('office-briefing');
    await host.call('templates:save', copy);
    const target = path.join(root, 'office');
    host.answers.push(target);
    const exported = await host.call('templates:exportFile', { id: 'office-briefing' });
    expect(exported).toEqual({ ok: true, path: `${target}.briefing-template` });
    expect(host.dialogCalls.at(-1)).toEqual({ kind: 'save', suggested: 'office-briefing.briefing-template' });
    const bytes = new Uint8Array(await readFile(`${target}.briefing-template`));
    expect(unpackTemplate(bytes).ok).toBe(true);
    const read = await host.call('templates:readFile', { bytes });
    expect(read).toMatchObject({ ok: true, template: { manifest: { id: 'office-briefing' } } });
    expect(await host.call('templates:readFile', { bytes: new TextEncoder().encode('PK nonsense') })).toMatchObject({ ok: false });
    host.answers.push(undefined);
    expect(await host.call('templates:exportFile', { id: 'office-briefing' })).toEqual({ ok: false, canceled: true });
  });

  it('lists the fonts of this machine', async () => {
    const fonts = await host.call('fonts:list', undefined);
    expect(fonts.ok && fonts.families.length).toBeGreaterThan(0);
  });
});
