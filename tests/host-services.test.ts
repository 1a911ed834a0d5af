import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toWire } from '../core/ipc/index.ts';
import { PdfRenderer } from '../core/node/pdf/index.ts';
import { sampleDocument } from './fixtures/briefings.ts';
import { gradientPainter, makePng } from './fixtures/images.ts';
import { mammothText } from './helpers/docxRead.ts';
import { hostHarness } from './helpers/hostHarness.ts';
import { pdfInfo, pdfText, squeeze } from './helpers/pdfRead.ts';
import { tempDir } from './helpers/tempBriefings.ts';

const wire = (language: 'en' | 'zh-CN' = 'en') => toWire(sampleDocument(language));
const ok = <T extends { ok: boolean }>(value: T): Extract<T, { ok: true }> => {
  if (!value.ok) throw new Error(`expected ok, got ${JSON.stringify(value)}`);
  return value as Extract<T, { ok: true }>;
};

describe('documents: open, save, recent', () => {
  it('saves through the dialog, adds .briefing, lists it as recent and opens it again with its photos', async () => {
    const dir = tempDir();
    const host = hostHarness(path.join(dir, 'data'));
    host.answers.push(path.join(dir, 'visit'));
    const saved = ok(await host.call('document:save', { document: wire() }));
    expect(saved.path).toBe(path.join(dir, 'visit.briefing'));
    expect(host.dialogCalls).toEqual([{ kind: 'save', suggested: 'Visit to Riverside Components Ltd.briefing' }]);
    expect(await host.call('recent:list', undefined)).toEqual([saved.path]);
    const opened = ok(await host.call('document:open', { path: saved.path }));
    expect(opened.document.briefing.meta.title).toBe('Visit to Riverside Components Ltd.');
    expect(opened.document.media.p2).toEqual(sampleDocument('en').media.get('p2'));
  });

  it('saves, autosaves and reopens a half-filled draft, and refuses to export it naming each blank field', async () => {
    const dir = tempDir();
    const host = hostHarness(path.join(dir, 'data'));
    const draft = wire();
    draft.briefing.attendees.push({ id: 'new-row', name: '', group: 'delegation', leader: false });
    host.answers.push(path.join(dir, 'draft.briefing'));
    const saved = ok(await host.call('document:save', { document: draft }));
    ok(await host.call('recovery:write', { key: 'draft-1', document: draft }));
    const reopened = ok(await host.call('document:open', { path: saved.path }));
    expect(reopened.document.briefing.attendees.at(-1)).toEqual({ id: 'new-row', name: '', group: 'delegation', leader: false });
    host.answers.push(path.join(dir, 'out'));
    const exported = await host.call('export:run', { document: draft, formats: ['docx'] });
    expect(exported).toEqual({ ok: false, error: 'attendees[4].name: required' });
    expect(existsSync(path.join(dir, 'out.docx'))).toBe(false);
  });

  it('writes a known path without asking, but asks before writing a path this session never touched', async () => {
    const dir = tempDir();
    const host = hostHarness(path.join(dir, 'data'));
    host.answers.push(path.join(dir, 'a.briefing'));
    const first = ok(await host.call('document:save', { document: wire() }));
    ok(await host.call('document:save', { document: wire(), path: first.path }));
    expect(host.dialogCalls).toHaveLength(1);
    const stranger = path.join(dir, 'elsewhere.briefing');
    expect(await host.call('document:save', { document: wire(), path: stranger })).toEqual({ ok: false, canceled: true });
    expect(host.dialogCalls[1]).toEqual({ kind: 'save', suggested: stranger });
    expect(existsSync(stranger)).toBe(false);
  });

  it('cancelled open dialog is a value, and a broken file names itself and what is wrong', async () => {
    const dir = tempDir();
    const host = hostHarness(path.join(dir, 'data'));
    expect(await host.call('document:open', {})).toEqual({ ok: false, canceled: true });
    const bad = path.join(dir, 'photo.briefing');
    writeFileSync(bad, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    const result = await host.call('document:open', { path: bad });
    expect(result).toEqual({ ok: false, error: `${bad}: (file): not a briefing: expected a .briefing file (a zip) or a JSON briefing (it looks like a PNG image)` });
  });

  it('keeps ten recent files, newest first, each once, drops missing ones and survives a restart', async () => {
    const dir = tempDir();
    const data = path.join(dir, 'data');
    const host = hostHarness(data);
    const files = Array.from({ length: 12 }, (_, i) => path.join(dir, `f${i}.briefing`));
    for (const file of files) {
      host.answers.push(file);
      ok(await host.call('document:save', { document: wire() }));
    }
    ok(await host.call('document:open', { path: files[3]! }));
    rmSync(files[5]!);
    // Ten kept (f11…f2); reopening f3 moves it to the front without a duplicate; the deleted f5 drops out.
    const expected = [3, 11, 10, 9, 8, 7, 6, 4, 2].map((i) => files[i]);
    expect(await host.call('recent:list', undefined)).toEqual(expected);
    expect(host.recentEvents.at(-1)).toEqual(expected);
    expect(await hostHarness(data).call('recent:list', undefined)).toEqual(expected);
    await host.call('recent:clear', undefined);
    expect(await hostHarness(data).call('recent:list', undefined)).toEqual([]);
  });

  it('a mangled recent list or settings file reads as empty instead of breaking the app', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'recent.json'), '{"paths": [1, 2');
    writeFileSync(path.join(dir, 'settings.json'), '{"language": "klingon"}');
    const host = hostHarness(dir, { info: { language: 'zh-CN' } });
    expect(await host.call('recent:list', undefined)).toEqual([]);
    expect((await host.call('app:info', undefined)).language).toBe('zh-CN');
  });
});

describe('recovery', () => {
  it('lists autosaves newest first with title and path, reads one back whole, and discards it', async () => {
    const dir = tempDir();
    let clock = Date.parse('2025-03-01T08:00:00Z');
    const host = hostHarness(dir, { now: () => new Date((clock += 60_000)) });
    const zh = wire('zh-CN');
    ok(await host.call('recovery:write', { key: 'win-1', document: wire() }));
    ok(await host.call('recovery:write', { key: 'win-2', document: zh, path: '/docs/调研.briefing' }));
    const list = await host.call('recovery:list', undefined);
    expect(list.map((e) => [e.key, e.title, e.path, e.savedAt])).toEqual([
      ['win-2', zh.briefing.meta.title, '/docs/调研.briefing', '2025-03-01T08:02:00.000Z'],
      ['win-1', 'Visit to Riverside Components Ltd.', undefined, '2025-03-01T08:01:00.000Z'],
    ]);
    const read = ok(await host.call('recovery:read', { key: 'win-2' }));
    expect(read.path).toBe('/docs/调研.briefing');
    expect(read.document.briefing).toEqual(zh.briefing);
    expect(read.document.media.p1).toEqual(zh.media.p1);
    await host.call('recovery:discard', { key: 'win-2' });
    expect((await host.call('recovery:list', undefined)).map((e) => e.key)).toEqual(['win-1']);
    expect(await host.call('recovery:read', { key: 'win-2' })).toEqual({ ok: false, error: 'nothing to recover under "win-2" (it may have been discarded)' });
  });

  it('an autosave without its note (a crash between the two writes) is not offered', async () => {
    const dir = tempDir();
    const host = hostHarness(dir);
    ok(await host.call('recovery:write', { key: 'k', document: wire() }));
    rmSync(path.join(dir, 'recovery', 'k.json'));
    expect(await host.call('recovery:list', undefined)).toEqual([]);
  });
});

describe('recovery writes that carry only new or changed photos', () => {
  const delta = (document: ReturnType<typeof wire>, media: Record<string, Uint8Array> = {}) =>
    ({ key: 'k', mediaBase: 'delta' as const, document: { briefing: document.briefing, media } });

  it('a delta after a full write recovers every photo, including a replaced one', async () => {
    const host = hostHarness(tempDir());
    const full = wire();
    ok(await host.call('recovery:write', { key: 'k', document: full, mediaBase: 'full' }));
    const retitled = { ...full, briefing: { ...full.briefing, meta: { ...full.briefing.meta, title: 'Retitled' } } };
    ok(await host.call('recovery:write', delta(retitled)));
    let read = ok(await host.call('recovery:read', { key: 'k' }));
    expect(read.document.briefing.meta.title).toBe('Retitled');
    expect(read.document.media).toEqual(full.media);

    const redrawn = makePng(320, 200, gradientPainter(320, 200, 9));
    ok(await host.call('recovery:write', delta(retitled, { p1: redrawn })));
    read = ok(await host.call('recovery:read', { key: 'k' }));
    expect(read.document.media).toEqual({ p1: redrawn, p2: full.media.p2 });
  });

  it('a photo removed from the briefing is gone from the recovered document', async () => {
    const host = hostHarness(tempDir());
    const full = wire();
    ok(await host.call('recovery:write', { key: 'k', document: full }));
    const briefing = { ...full.briefing, media: full.briefing.media.filter((m) => m.id !== 'p2'), sections: full.briefing.sections.filter((s) => s.id !== 's-photos') };
    ok(await host.call('recovery:write', delta({ briefing, media: {} })));
    const read = ok(await host.call('recovery:read', { key: 'k' }));
    expect(Object.keys(read.document.media)).toEqual(['p1']);
    expect(read.document.briefing.media.map((m) => m.id)).toEqual(['p1']);
  });

  it('after opening a file, a write that sends no photos recovers every photo of that file, and a changed one', async () => {
    const dir = tempDir();
    const host = hostHarness(path.join(dir, 'data'));
    host.answers.push(path.join(dir, '调研'));
    const saved = ok(await host.call('document:save', { document: wire('zh-CN') }));
    const fresh = hostHarness(path.join(dir, 'data'));
    const opened = ok(await fresh.call('document:open', { path: saved.path }));
    const redrawn = makePng(320, 200, gradientPainter(320, 200, 5));
    const request = { key: 'k', path: saved.path, mediaBase: 'file' as const, document: { briefing: opened.document.briefing, media: { p1: redrawn } } };
    ok(await fresh.call('recovery:write', request));
    const read = ok(await fresh.call('recovery:read', { key: 'k' }));
    expect(read.document.media).toEqual({ p1: redrawn, p2: opened.document.media.p2 });
    expect(read.path).toBe(saved.path);
  });

  it('refuses a file-based write for a file it has not opened or saved (send it whole)', async () => {
    const host = hostHarness(tempDir());
    const request = { key: 'k', path: '/docs/never-opened.briefing', mediaBase: 'file' as const, document: { briefing: wire().briefing, media: {} } };
    expect(await host.call('recovery:write', request)).toEqual({ ok: false, error: 'recovery:write needs the full document first' });
    expect(await host.call('recovery:list', undefined)).toEqual([]);
  });

  it('refuses a delta when it has no full write to add it to: first write, after a restart, after discard', async () => {
    const dir = tempDir();
    const refusal = { ok: false, error: 'recovery:write needs the full document first' };
    const host = hostHarness(dir);
    expect(await host.call('recovery:write', delta(wire()))).toEqual(refusal);
    expect(await host.call('recovery:list', undefined)).toEqual([]);
    ok(await host.call('recovery:write', { key: 'k', document: wire() }));
    expect(await hostHarness(dir).call('recovery:write', delta(wire()))).toEqual(refusal);
    await host.call('recovery:discard', { key: 'k' });
    expect(await host.call('recovery:write', delta(wire()))).toEqual(refusal);
  });
});

describe('export and shell', () => {
  let printer: PdfRenderer;
  beforeAll(async () => {
    printer = await PdfRenderer.launch();
  });
  afterAll(() => printer?.close());

  it('exports DOCX and PDF next to each other from a typed "report.pdf", readable by other tools', async () => {
    const dir = tempDir();
    const host = hostHarness(path.join(dir, 'data'), { pdf: printer });
    host.answers.push(path.join(dir, 'report.pdf'));
    const result = ok(await host.call('export:run', { document: wire('zh-CN'), formats: ['docx', 'pdf'] }));
    expect(result.files).toEqual([path.join(dir, 'report.docx'), path.join(dir, 'report.pdf')]);
    expect(host.dialogCalls[0]).toMatchObject({ kind: 'export', formats: ['docx', 'pdf'] });
    const title = sampleDocument('zh-CN').briefing.meta.title;
    expect(squeeze(await mammothText(readFileSync(result.files[0]!)))).toContain(title);
    const pdf = new Uint8Array(readFileSync(result.files[1]!));
    expect(squeeze(pdfText(pdf))).toContain(title);
    expect(pdfInfo(pdf).Title).toBe(title);
  });

  it('opens and reveals only files this session wrote', async () => {
    const dir = tempDir();
    const host = hostHarness(path.join(dir, 'data'));
    host.answers.push(path.join(dir, 'out'));
    const { files } = ok(await host.call('export:run', { document: wire(), formats: ['docx'] }));
    expect(await host.call('shell:openFile', { path: files[0]! })).toEqual({ ok: true });
    expect(await host.call('shell:showInFolder', { path: files[0]! })).toEqual({ ok: true });
    const other = path.join(dir, 'other.docx');
    writeFileSync(other, 'not ours');
    const refused = await host.call('shell:openFile', { path: other });
    expect(refused).toEqual({ ok: false, error: `${other}: only files exported or saved in this session can be opened from here` });
    expect(await host.call('shell:showInFolder', { path: '/etc/passwd' })).toMatchObject({ ok: false });
    expect(host.opened).toEqual([files[0]]);
    expect(host.revealed).toEqual([files[0]]);
  });

  it('asks before exporting into a folder this session never used, and writes nothing when cancelled', async () => {
    const dir = tempDir();
    const host = hostHarness(path.join(dir, 'data'));
    const base = path.join(dir, 'unknown', 'x');
    expect(await host.call('export:run', { document: wire(), formats: ['docx'], basePath: base })).toEqual({ ok: false, canceled: true });
    expect(host.dialogCalls).toEqual([{ kind: 'export', suggested: base, formats: ['docx'] }]);
    expect(existsSync(path.join(dir, 'unknown'))).toBe(false);
  });

  it('refuses a page size the template does not offer and an unknown template, before any dialog', async () => {
    const dir = tempDir();
    const host = hostHarness(path.join(dir, 'data'));
    const zh = wire('zh-CN');
    expect(await host.call('export:run', { document: zh, formats: ['docx'], pageSize: 'Letter' })).toEqual({
      ok: false,
      error: 'pageSize: template "cn-work-briefing" offers A4 only',
    });
    zh.briefing.meta.templateId = 'no-such';
    const unknown = await host.call('export:run', { document: zh, formats: ['docx'] });
    expect(unknown).toMatchObject({ ok: false, error: expect.stringContaining('unknown template "no-such" (known templates: cn-work-briefing, en-visit-report') });
    expect(host.dialogCalls).toEqual([]);
  });
});

describe('templates, settings, window', () => {
  it('lists the built-in templates with both names and serves one with its asset bytes', async () => {
    const host = hostHarness(tempDir());
    const list = await host.call('templates:list', undefined);
    const cn = list.find((t) => t.id === 'cn-work-briefing');
    expect(cn).toMatchObject({ source: 'builtin', valid: true, language: 'zh-CN', problems: [] });
    expect(cn?.name['zh-CN']).toBeTruthy();
    const en = ok(await host.call('templates:get', { id: 'en-visit-report' }));
    const logo = en.template.manifest.masthead.logo!;
    expect(Array.from(en.template.assets[logo]!.subarray(0, 4))).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });

  it('never reads a folder named by the renderer as a template', async () => {
    const host = hostHarness(tempDir());
    const result = await host.call('templates:get', { id: path.resolve('templates/en-visit-report') });
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining('unknown template') });
  });

  it('remembers the chosen language over the OS language, and passes window state on', async () => {
    const dir = tempDir();
    const host = hostHarness(dir, { info: { language: 'en' } });
    await host.call('settings:setLanguage', { language: 'zh-CN' });
    expect(host.languages).toEqual(['zh-CN']);
    expect((await hostHarness(dir, { info: { language: 'en' } }).call('app:info', undefined)).language).toBe('zh-CN');
    await host.call('window:setState', { dirty: true, title: '未保存' });
    expect(host.windowStates).toEqual([{ dirty: true, title: '未保存' }]);
  });
});
