import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CHANNELS, EVENT_CHANNELS } from '../../core/ipc/channels.ts';
import { startShell } from './rig/fixtures.ts';

describe('starting the app (the built main process in the rig)', () => {
  it('opens one sandboxed, isolated editor window on the built page and serves every contract channel', async () => {
    const rig = startShell();
    const editor = await rig.launch();
    expect(editor.url).toBe(rig.indexUrl);
    expect(editor.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true, preload: path.join(rig.build, 'preload', 'index.cjs') });
    expect((await rig.channels()).sort()).toEqual([...CHANNELS].sort());
    const info = await rig.invoke(editor.id, 'app:info');
    expect(info).toMatchObject({ ok: true, value: { platform: 'linux', language: 'en' } });
  });

  it('answers only the app page in the main frame, and validates every payload', async () => {
    const rig = startShell();
    const editor = await rig.launch();
    const foreign = await rig.invoke(editor.id, 'recent:list', undefined, { url: pathToFileURL('/tmp/evil.html').href });
    expect(foreign).toMatchObject({ ok: false, error: expect.stringContaining("did not come from the app's own page") });
    const subframe = await rig.invoke(editor.id, 'recent:list', undefined, { main: false });
    expect(subframe.ok).toBe(false);
    const malformed = await rig.invoke(editor.id, 'document:open', { path: 42 });
    expect(malformed).toMatchObject({ ok: true, value: { ok: false, error: expect.stringContaining('path') } });
  });

  it('speaks Chinese in the menu on a Chinese system', async () => {
    const rig = startShell({ locale: 'zh-CN' });
    await rig.launch();
    expect((await rig.menu()).map((m) => m.label)).toEqual(['文件', '编辑', '视图', '模板', '窗口', '帮助']);
  });

  it('opens the template designer from the Templates menu (issue 14)', async () => {
    const rig = startShell({ locale: 'zh-CN' });
    const editor = await rig.launch();
    // Commands wait until the page says it listens (its first window:setState).
    await rig.invoke(editor.id, 'window:setState', { dirty: false, title: '' });
    await rig.clickMenu('模板', '模板设计器…');
    const sent = async () => (await rig.windows())[0]!.sent.some((m) => m.channel === EVENT_CHANNELS.command && m.payload === 'templateDesigner');
    await rig.waitFor(async () => ((await sent()) ? true : undefined), 'the designer command to reach the editor');
  });

  it('gives way to a running instance: no window, and the app quits', async () => {
    const rig = startShell({ singleInstanceLock: false });
    expect(await rig.exited).toBe(0);
    expect((await rig.callsBeforeExit()).map((c) => c.api)).toContain('app.quit');
  });
});

describe('files handed over by the OS', () => {
  it('opens a file URL from a Linux desktop entry (%U) at launch, decoded', async () => {
    const rig = startShell({ argv: ['file:///home/u/Visit%20report%20%E7%AE%80%E6%8A%A5.briefing'] });
    const editor = await rig.launch();
    const info = await rig.invoke(editor.id, 'app:info');
    expect(info).toMatchObject({ ok: true, value: { launchFile: '/home/u/Visit report 简报.briefing' } });
  });

  it('passes a second instance\'s file (URL or relative path) to the running window', async () => {
    const rig = startShell();
    const editor = await rig.launch();
    await rig.invoke(editor.id, 'app:info');
    await rig.emitApp('second-instance', ['/opt/Briefing Composer/briefing-composer', 'file:///srv/share/%E5%91%A8%E6%8A%A5.briefing'], '/home/u');
    await rig.emitApp('second-instance', ['/opt/Briefing Composer/briefing-composer', '--no-sandbox', 'drafts/a.briefing'], '/home/u');
    const sent = (await rig.windows())[0]!.sent.filter((m) => m.channel === EVENT_CHANNELS.openFile);
    expect(sent.map((m) => m.payload)).toEqual(['/srv/share/周报.briefing', '/home/u/drafts/a.briefing']);
  });

  it('keeps a macOS open-file that arrives before the page is up and hands it over with app:info', async () => {
    const rig = startShell({ platform: 'darwin' });
    const prevented = await rig.emitApp('open-file', '/Users/u/Desktop/visit.briefing');
    expect(prevented.prevented).toBe(true);
    const editor = await rig.launch();
    expect(await rig.invoke(editor.id, 'app:info')).toMatchObject({ ok: true, value: { launchFile: '/Users/u/Desktop/visit.briefing' } });
  });
});

describe('platform identity', () => {
  it('sets the Windows AppUserModelID to the installer\'s appId, and only on Windows', async () => {
    // Only the start-up itself runs as win32 here: paths on this disk are POSIX, so no window is opened.
    const win = startShell({ platform: 'win32' });
    const calls = await win.waitFor(async () => {
      const all = await win.calls();
      return all.some((c) => c.api === 'app.requestSingleInstanceLock') && all;
    });
    expect(calls.filter((c) => c.api === 'app.setAppUserModelId').map((c) => c.args)).toEqual([['org.briefingcomposer.desktop']]);
    const linux = startShell();
    await linux.launch();
    expect((await linux.calls()).some((c) => c.api === 'app.setAppUserModelId')).toBe(false);
  });
});

describe('what the pages may do', () => {
  it('loads nothing from the network, sends the CSP with every response and grants no permission', async () => {
    const rig = startShell();
    await rig.launch();
    for (const partition of ['', 'briefing-print']) {
      expect(await rig.request(partition, 'https://example.org/x.js')).toMatchObject({ cancel: true });
      const local = await rig.request(partition, rig.indexUrl);
      expect(local.cancel).toBe(false);
      expect(local.csp?.[0]).toMatch(/default-src 'none'.*script-src 'self' 'sha256-/);
      expect(await rig.permission(partition, 'media')).toBe(false);
    }
  });

  it('blocks every navigation and new window in production, opening web links in the browser', async () => {
    const rig = startShell();
    const editor = await rig.launch();
    expect(await rig.contentsEvent(editor.id, 'will-navigate', { url: rig.indexUrl })).toEqual({ prevented: true });
    expect(await rig.contentsEvent(editor.id, 'will-navigate', { url: 'https://example.org/' })).toEqual({ prevented: true });
    expect(await rig.windowOpen(editor.id, 'https://example.org/help')).toEqual({ action: 'deny' });
    expect(await rig.windowOpen(editor.id, 'file:///etc/passwd')).toEqual({ action: 'deny' });
    const opened = (await rig.calls()).filter((c) => c.api === 'shell.openExternal').map((c) => c.args[0]);
    expect(opened).toEqual(['https://example.org/', 'https://example.org/help']);
  });

  it('lets the dev server reload its own page in development, and nothing else', async () => {
    const rig = startShell({ packaged: false, env: { ELECTRON_RENDERER_URL: 'http://localhost:5173' } });
    const editor = await rig.launch();
    expect(editor.url).toBe('http://localhost:5173');
    expect(await rig.contentsEvent(editor.id, 'will-navigate', { url: 'http://localhost:5173/' })).toEqual({ prevented: false });
    expect(await rig.contentsEvent(editor.id, 'will-navigate', { url: 'http://localhost:5173/other.html' })).toEqual({ prevented: true });
    expect(await rig.contentsEvent(editor.id, 'will-navigate', { url: 'https://example.org/' })).toEqual({ prevented: true });
  });
});
