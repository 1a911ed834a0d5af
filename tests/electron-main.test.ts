import type { MenuItemConstructorOptions } from 'electron';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildPreviewFrameScript } from '../scripts/previewFrameScript.ts';
import { CloseGuard } from '../core/node/desktop/closeGuard.ts';
import { briefingFromArgv } from '../core/node/desktop/launchFile.ts';
import { menuTemplate, type MenuInput } from '../electron/main/menuTemplate.ts';
import { appLocation, contentSecurityPolicy, isAllowedRequest, isAppUrl, isExternalLink } from '../core/node/desktop/policy.ts';
import { languageFromLocales } from '../electron/main/strings.ts';
import { restoreBounds } from '../core/node/desktop/windowBounds.ts';

function menu(overrides: Partial<MenuInput> = {}) {
  const log: string[] = [];
  const input: MenuInput = {
    language: 'en',
    recent: [],
    platform: 'linux',
    appName: 'Briefing Composer',
    actions: {
      send: (command) => log.push(`send ${command}`),
      openRecent: (file) => log.push(`open ${file}`),
      clearRecent: () => log.push('clear'),
      about: () => log.push('about'),
    },
    ...overrides,
  };
  const items = (list: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
    list.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
  const template = menuTemplate(input);
  const all = items(template);
  const click = (label: string) => {
    const item = all.find((i) => i.label === label);
    if (!item?.click) throw new Error(`no clickable "${label}"`);
    (item.click as () => void)();
  };
  return { template, all, log, click };
}

describe('the native menu', () => {
  it('has the File, Edit, View, Window and Help commands with distinct shortcuts, and none on Ctrl+E', () => {
    const { template, all } = menu();
    expect(template.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Templates', 'Window', 'Help']);
    for (const label of ['New Briefing', 'Open…', 'Save', 'Save As…', 'Export DOCX…', 'Export PDF…', 'Print…', 'Undo', 'Redo', 'Cut', 'Copy', 'Paste', 'Zoom In', 'Zoom Out', 'Toggle Preview', 'About Briefing Composer']) {
      expect(all.some((i) => i.label === label), label).toBe(true);
    }
    const shortcuts = all.flatMap((i) => (i.accelerator ? [String(i.accelerator)] : []));
    expect(new Set(shortcuts).size).toBe(shortcuts.length);
    // Word centres a paragraph with Ctrl+E; a menu accelerator would take the key from the editor.
    expect(shortcuts).not.toContain('CmdOrCtrl+E');
  });

  it('sends document commands to the editor and leaves clipboard and zoom to Chromium', () => {
    const { all, log, click } = menu();
    for (const label of ['Save', 'Export PDF…', 'Undo', 'Toggle Preview', '简体中文', 'Template Designer…']) click(label);
    expect(log).toEqual(['send save', 'send exportPdf', 'send undo', 'send togglePreview', 'send language:zh-CN', 'send templateDesigner']);
    expect(all.find((i) => i.label === 'Paste')?.role).toBe('paste');
    expect(all.find((i) => i.label === 'Zoom In')?.role).toBe('zoomIn');
  });

  it('lists recent files by name and folder, opens them and can clear them', () => {
    const files = [path.resolve('/work/a/report.briefing'), path.resolve('/work/b/report.briefing')];
    const { all, log, click } = menu({ recent: files });
    const labels = all.filter((i) => String(i.label).startsWith('report.briefing')).map((i) => i.label);
    expect(labels).toEqual([`report.briefing — ${path.dirname(files[0]!)}`, `report.briefing — ${path.dirname(files[1]!)}`]);
    click(labels[1]!);
    click('Clear Recent');
    expect(log).toEqual([`open ${files[1]}`, 'clear']);
    expect(menu().all.find((i) => i.label === 'No Recent Files')?.enabled).toBe(false);
  });

  it('speaks Chinese with the current language checked, and follows macOS conventions', () => {
    const zh = menu({ language: 'zh-CN' });
    expect(zh.template.map((m) => m.label)).toEqual(['文件', '编辑', '视图', '模板', '窗口', '帮助']);
    expect(zh.all.find((i) => i.label === '简体中文')?.checked).toBe(true);
    const mac = menu({ platform: 'darwin' });
    expect(mac.template.map((m) => m.label)).toEqual(['Briefing Composer', 'File', 'Edit', 'View', 'Templates', 'Window']);
    expect((mac.template[1]?.submenu as MenuItemConstructorOptions[]).some((i) => i.role === 'quit')).toBe(false);
  });
});

describe('closing with unsaved changes', () => {
  it('closes a clean window at once and asks once for a dirty one', () => {
    const guard = new CloseGuard();
    expect(guard.requestClose()).toBe('close');
    const dirty = new CloseGuard();
    dirty.setState(true);
    expect([dirty.requestClose(), dirty.requestClose()]).toEqual(['ask', 'ignore']);
  });

  it('Save closes only after the editor reports the document clean; a cancelled save keeps the window', () => {
    const guard = new CloseGuard();
    guard.setState(true);
    guard.requestClose();
    expect(guard.answer('save')).toBe('save');
    expect(guard.setState(true)).toBe('stay');
    expect(guard.requestClose()).toBe('ask');
    guard.answer('save');
    expect(guard.setState(false)).toBe('close');
    expect(guard.requestClose()).toBe('close');
  });

  it("Don't save closes; Cancel keeps the window and asks again next time", () => {
    const guard = new CloseGuard();
    guard.setState(true);
    guard.requestClose();
    expect(guard.answer('cancel')).toBe('stay');
    expect(guard.setState(false)).toBe('stay');
    guard.setState(true);
    expect(guard.requestClose()).toBe('ask');
    expect(guard.answer('discard')).toBe('close');
    expect(guard.requestClose()).toBe('close');
  });

  it("overrules the page's own unsaved-changes guard only once the user has decided to close", () => {
    const guard = new CloseGuard();
    guard.setState(true);
    expect(guard.isClosing()).toBe(false);
    guard.requestClose();
    expect(guard.isClosing()).toBe(false);
    guard.answer('save');
    expect(guard.isClosing()).toBe(false);
    guard.setState(false);
    expect(guard.isClosing()).toBe(true);
  });
});

describe('what the window may load, call and open', () => {
  const index = path.resolve('/app/out/renderer/index.html');
  const built = appLocation(undefined, index);
  const dev = appLocation('http://localhost:5173/', index);

  it('has a strict production policy: own scripts only, no network, no eval, no plugins', () => {
    const csp = contentSecurityPolicy(built);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("connect-src 'self';");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/unsafe-eval|https?:|\*/);
    expect(contentSecurityPolicy(dev)).toContain('connect-src \'self\' http://localhost:5173 ws://localhost:5173');
  });

  it("lets the preview frame's own inline script run by its hash, and no other inline script", () => {
    const { hash } = buildPreviewFrameScript();
    const scriptSrc = contentSecurityPolicy(built, [hash]).split('; ').find((d) => d.startsWith('script-src'));
    expect(scriptSrc).toBe(`script-src 'self' ${hash}`);
    expect(hash).toMatch(/^'sha256-[A-Za-z0-9+/]{43}='$/);
  });

  it('trusts IPC only from the built index.html or the dev server', () => {
    expect(isAppUrl(pathToFileURL(index).href + '#/editor', built)).toBe(true);
    expect(isAppUrl(pathToFileURL(path.resolve('/tmp/evil.html')).href, built)).toBe(false);
    expect(isAppUrl('http://localhost:5173/index.html', built)).toBe(false);
    expect(isAppUrl('http://localhost:5173/', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isAppUrl('not a url', dev)).toBe(false);
  });

  it('opens only http(s) links outside and loads nothing from the network', () => {
    expect(['https://gov.cn/x', 'http://a.example'].map(isExternalLink)).toEqual([true, true]);
    expect(['file:///etc/passwd', 'javascript:alert(1)', 'smb://share/x', 'ms-msdt:/id'].map(isExternalLink)).toEqual([false, false, false, false]);
    expect(isAllowedRequest('https://cdn.example/lib.js', built)).toBe(false);
    expect(isAllowedRequest(pathToFileURL(index).href, built)).toBe(true);
    expect(isAllowedRequest('ws://localhost:5173/', dev)).toBe(true);
    expect(isAllowedRequest('https://cdn.example/lib.js', dev)).toBe(false);
  });
});

describe('launching with a file, languages, window place', () => {
  it('finds the .briefing on a command line and ignores the rest', () => {
    const cwd = path.resolve('/home/li');
    expect(briefingFromArgv(['/opt/app/briefing-composer', '--no-sandbox', '调研.briefing'], cwd)).toBe(path.join(cwd, '调研.briefing'));
    expect(briefingFromArgv(['electron', '.', '--inspect'], cwd)).toBeUndefined();
    expect(briefingFromArgv(['x.briefing'], cwd)).toBeUndefined();
  });

  it('follows a Chinese OS locale, English otherwise', () => {
    expect([languageFromLocales(['zh-Hans-CN']), languageFromLocales(['en-GB', 'zh-CN']), languageFromLocales(['fr-FR'])]).toEqual(['zh-CN', 'zh-CN', 'en']);
  });

  it('reopens the window where it was, or centred when that screen is gone', () => {
    const screens = [{ x: 0, y: 0, width: 1920, height: 1040 }];
    expect(restoreBounds({ x: 100, y: 80, width: 1200, height: 800, maximized: true }, screens)).toEqual({ bounds: { x: 100, y: 80, width: 1200, height: 800 }, maximized: true });
    expect(restoreBounds({ x: 2500, y: 80, width: 3000, height: 2000, maximized: false }, screens)).toEqual({ bounds: { width: 1920, height: 1040 }, maximized: false });
    expect(restoreBounds(undefined, screens).bounds).not.toHaveProperty('x');
  });
});
