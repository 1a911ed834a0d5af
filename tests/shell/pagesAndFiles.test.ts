import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { EVENT_CHANNELS } from '../../core/ipc/channels.ts';
import { startShell, wireDocument } from './rig/fixtures.ts';

describe('a crashed editor page', () => {
  it('offers to reload, and the reloaded page finds the work in the recovery store', async () => {
    const rig = startShell({ locale: 'zh-CN' });
    const editor = await rig.launch();
    await rig.invoke(editor.id, 'window:setState', { dirty: true, title: '调研简报' });
    expect(await rig.invoke(editor.id, 'recovery:write', { key: 'k1', document: wireDocument('zh-CN') })).toMatchObject({ ok: true, value: { ok: true } });
    await rig.answer('messageBox', 0);
    await rig.contentsEvent(editor.id, 'render-process-gone', {}, { reason: 'crashed', exitCode: 133 });
    await rig.waitFor(async () => (await rig.windows())[0]?.reloads === 1, 'the reload');
    const dialog = (await rig.dialogs()).find((d) => d.kind === 'messageBox');
    expect(dialog?.options).toMatchObject({ buttons: ['重新加载', '关闭窗口'], message: expect.stringContaining('crashed') });
    const entries = await rig.invoke(editor.id, 'recovery:list');
    expect(entries).toMatchObject({ ok: true, value: [{ key: 'k1', title: wireDocument('zh-CN').briefing.meta.title }] });
  });

  it('closes the window when the user would rather not reload, and ignores a clean exit', async () => {
    const rig = startShell();
    const editor = await rig.launch();
    await rig.contentsEvent(editor.id, 'render-process-gone', {}, { reason: 'clean-exit', exitCode: 0 });
    await rig.settle();
    expect((await rig.dialogs()).length).toBe(0);
    await rig.answer('messageBox', 1);
    await rig.contentsEvent(editor.id, 'render-process-gone', {}, { reason: 'oom', exitCode: 0 });
    expect(await rig.exited).toBe(0);
  });
});

describe('printing to PDF in the hidden window', () => {
  it('asks Chromium for the CSS page size with no margins of its own, and writes a finished PDF', async () => {
    const rig = startShell();
    const editor = await rig.launch();
    const base = path.join(rig.config.home, '简报');
    await rig.answer('save', `${base}.pdf`);
    const result = await rig.invoke(editor.id, 'export:run', { document: wireDocument('zh-CN'), formats: ['pdf'] });
    expect(result).toMatchObject({ ok: true, value: { ok: true, files: [`${base}.pdf`] } });
    const printer = (await rig.windows()).find((w) => w.printRequests.length > 0)!;
    expect(printer.visible).toBe(false);
    expect(printer.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, partition: 'briefing-print' });
    expect(printer.printRequests.at(-1)).toMatchObject({ preferCSSPageSize: true, printBackground: true, margins: { top: 0, bottom: 0, left: 0, right: 0 } });
    const pdf = await PDFDocument.load(readFileSync(`${base}.pdf`));
    const { width, height } = pdf.getPage(0).getSize();
    expect([Math.round(width), Math.round(height)]).toEqual([595, 842]);
    expect(pdf.getTitle()).toBe(wireDocument('zh-CN').briefing.meta.title);
  });
});

describe('recent documents', () => {
  it('go to the OS list and the Open Recent menu, which opens them in the editor', async () => {
    const rig = startShell();
    const editor = await rig.launch();
    const file = path.join(rig.config.home, 'Visit report.briefing');
    await rig.answer('save', file);
    expect(await rig.invoke(editor.id, 'document:save', { document: wireDocument() })).toMatchObject({ ok: true, value: { ok: true, path: file } });
    await rig.invoke(editor.id, 'app:info');
    expect((await rig.calls()).filter((c) => c.api === 'app.addRecentDocument').map((c) => c.args[0])).toEqual([file]);
    const label = `Visit report.briefing — ${rig.config.home}`;
    await rig.waitFor(async () => JSON.stringify(await rig.menu()).includes(label), 'the recent menu');
    await rig.clickMenu('File', 'Open Recent', label);
    expect((await rig.windows())[0]!.sent).toContainEqual({ channel: EVENT_CHANNELS.openFile, payload: file });
    await rig.clickMenu('File', 'Open Recent', 'Clear Recent');
    await rig.waitFor(async () => (await rig.calls()).some((c) => c.api === 'app.clearRecentDocuments'), 'the OS list to be cleared');
  });
});
