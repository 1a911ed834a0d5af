/**
 * A small stand-in for the parts of Electron's main-process API the shell uses, loaded in place of `electron` by
 * the rig's resolve hook (tests/shell/rig/register.ts) — never by product code. It records what the shell does
 * and behaves as Electron's documentation says where the shell depends on it; each such rule cites its page.
 * The test drives it from outside through the control channel in ./control.ts. The app is in fakeApp.ts, windows
 * and sessions in fakeWindows.ts, the records in fakeRecord.ts; the smaller modules are here.
 */
import { app } from './fakeApp.ts';
import { answers, config, call, record } from './fakeRecord.ts';
import { BrowserWindow, FakeBrowserWindow, session } from './fakeWindows.ts';

export { app } from './fakeApp.ts';
export { answers, FakeEvent, mainEvaluated, record } from './fakeRecord.ts';
export { BrowserWindow, FakeBrowserWindow, FakeWebContents, session, type Bounds } from './fakeWindows.ts';

export const Menu = {
  buildFromTemplate: (template: unknown[]) => ({ template }),
  setApplicationMenu(menu: { template: unknown[] } | null): void {
    record.menu = menu?.template;
  },
};

function nextAnswer<T>(kind: keyof typeof answers, fallback: T): T {
  return (answers[kind].length > 0 ? answers[kind].shift() : fallback) as T;
}
/** Dialogs take an optional parent window first: https://www.electronjs.org/docs/latest/api/dialog */
const optionsOf = (args: unknown[]) => (args[0] instanceof FakeBrowserWindow ? args[1] : args[0]);
export const dialog = {
  async showMessageBox(...args: unknown[]) {
    record.dialogs.push({ kind: 'messageBox', options: optionsOf(args) });
    const cancelId = (optionsOf(args) as { cancelId?: number }).cancelId ?? 0;
    return { response: nextAnswer('messageBox', cancelId), checkboxChecked: false };
  },
  async showSaveDialog(...args: unknown[]) {
    record.dialogs.push({ kind: 'save', options: optionsOf(args) });
    const filePath = nextAnswer<string | undefined>('save', undefined);
    return filePath ? { canceled: false, filePath } : { canceled: true, filePath: '' };
  },
  async showOpenDialog(...args: unknown[]) {
    record.dialogs.push({ kind: 'open', options: optionsOf(args) });
    const filePath = nextAnswer<string | undefined>('open', undefined);
    return filePath ? { canceled: false, filePaths: [filePath] } : { canceled: true, filePaths: [] };
  },
  showErrorBox(title: string, content: string): void {
    record.dialogs.push({ kind: 'errorBox', options: { title, content } });
  },
};

export const shell = {
  async openPath(file: string) {
    call('shell.openPath', file);
    return '';
  },
  showItemInFolder(file: string) {
    call('shell.showItemInFolder', file);
  },
  async openExternal(url: string) {
    call('shell.openExternal', url);
  },
};

export const screen = {
  getAllDisplays: () => config.displays.map((workArea, id) => ({ id, workArea, bounds: workArea })),
};

export const nativeTheme = { shouldUseDarkColors: false };

type Handler = (event: unknown, ...args: unknown[]) => unknown;
export const handlers = new Map<string, Handler>();
export const ipcMain = {
  handle(channel: string, handler: Handler): void {
    if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    handlers.set(channel, handler);
  },
  removeHandler(channel: string): void {
    handlers.delete(channel);
  },
};

export default { app, BrowserWindow, Menu, dialog, shell, screen, session, nativeTheme, ipcMain };
