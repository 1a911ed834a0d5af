import { app, Menu, session, type IpcMainInvokeEvent } from 'electron';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createIpcHandlers } from '../../core/ipc/handlers.ts';
import { JsonStore, SettingsStore, type HostRuntime } from '../../core/node/host/index.ts';
import { APP_ID, APP_NAME } from './appIdentity.ts';
import { EditorWindow } from './editorWindow.ts';
import { hardenContents, hardenSession } from './harden.ts';
import { electronHost, osLanguage, type ShellState } from './hostWiring.ts';
import type { RendererCommand } from './commands.ts';
import { registerIpc, watchSaves } from './ipc.ts';
import { briefingFromArgv } from '../../core/node/desktop/launchFile.ts';
import { menuTemplate } from './menuTemplate.ts';
import { PRINT_PARTITION } from './pdfPrinter.ts';
import { appLocation, isAppUrl } from '../../core/node/desktop/policy.ts';
import { STRINGS } from './strings.ts';
import { WindowStateSchema } from '../../core/node/desktop/windowBounds.ts';

// One name whether run from the repository or installed, so both use the same data folder (and instance lock).
app.setName(APP_NAME);
if (process.platform === 'win32') app.setAppUserModelId(APP_ID);

// Built layout (electron-vite): out/main/index.js, out/preload/index.cjs, out/renderer/index.html.
const here = path.dirname(fileURLToPath(import.meta.url));
const location = appLocation(app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL, path.join(here, '../renderer/index.html'));
const state: ShellState = { editor: undefined, language: 'en', pendingFile: briefingFromArgv(process.argv, process.cwd()), started: false };
let host: HostRuntime | undefined;
let recent: string[] = [];
/** A quit was asked for (Cmd+Q, the menu): once the editor's window has closed, the app goes too, macOS included. */
let quitRequested = false;
/** Window positions still being written by windows that have closed; the quit waits for them. */
const pendingWrites = new Set<Promise<unknown>>();

function rebuildMenu(): void {
  const template = menuTemplate({
    language: state.language,
    recent,
    platform: process.platform,
    appName: app.name,
    actions: {
      send: sendCommand,
      openRecent: openFile,
      clearRecent: () => void host?.['recent:clear'](undefined),
      about: () => app.showAboutPanel(),
    },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function recentChanged(paths: string[]): void {
  if (paths.length === 0) app.clearRecentDocuments();
  else if (paths[0] !== recent[0]) app.addRecentDocument(paths[0]!);
  recent = paths;
  rebuildMenu();
}

/** A request counts only from the editor window's main frame, showing the app's own page. */
function trusted(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  const editor = state.editor?.window.webContents;
  return editor !== undefined && event.sender === editor && frame !== null && frame.parent === null && isAppUrl(frame.url, location);
}

/** A menu command; with no window open (macOS), File ▸ New/Open open one and the command runs there. */
function sendCommand(command: RendererCommand): void {
  if (state.editor) return state.editor.send(command);
  if (!host || (command !== 'new' && command !== 'open')) return;
  void openEditor().then(() => state.editor?.send(command));
}

/** Before the editor's page has started, a file to open waits and is handed over with app:info. */
function openFile(file: string): void {
  if (state.editor && state.started) return state.editor.openFile(file);
  state.pendingFile = file;
  if (!state.editor && host) void openEditor();
}

let opening: Promise<void> | undefined;
/** Opens the editor window, once even when asked twice (the dock icon and a file at the same moment). */
function openEditor(): Promise<void> {
  opening ??= (async () => {
    state.started = false;
    const stateStore = new JsonStore(path.join(app.getPath('userData'), 'window-state.json'), WindowStateSchema.optional(), () => undefined);
    const strings = () => STRINGS[state.language];
    const closeCancelled = () => {
      quitRequested = false;
    };
    const editor = await EditorWindow.create({ location, preload: path.join(here, '../preload/index.cjs'), stateStore, strings, closeCancelled });
    state.editor = editor;
    editor.window.on('closed', () => {
      if (state.editor === editor) state.editor = undefined;
      const write = editor.flush();
      pendingWrites.add(write);
      void write.finally(() => pendingWrites.delete(write));
      // The hidden print window would keep 'window-all-closed' from ever firing. On macOS the app stays without
      // a window, unless the window closed because the user quit.
      if (process.platform !== 'darwin' || quitRequested) app.quit();
    });
    await editor.load();
  })().finally(() => {
    opening = undefined;
  });
  return opening;
}

async function ready(): Promise<void> {
  hardenSession(session.defaultSession, location);
  hardenSession(session.fromPartition(PRINT_PARTITION), location);
  app.setAboutPanelOptions({ applicationName: 'Briefing Composer', applicationVersion: app.getVersion(), copyright: 'Briefing Composer contributors' });
  state.language = (await new SettingsStore(app.getPath('userData')).read()).language ?? osLanguage();
  host = electronHost(state, {
    recentChanged,
    languageChanged: (language) => {
      state.language = language;
      rebuildMenu();
    },
  });
  registerIpc(watchSaves(createIpcHandlers(host), (saved) => state.editor?.saveEnded(saved)), trusted);
  recent = await host['recent:list'](undefined);
  rebuildMenu();
  await openEditor();
}

let disposed = false;
async function shutDown(): Promise<void> {
  await Promise.allSettled([...pendingWrites, state.editor?.flush(), host?.dispose()]);
  disposed = true;
  app.quit();
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv, cwd) => {
    state.editor?.focus();
    const file = briefingFromArgv(argv, cwd);
    if (file) openFile(file);
  });
  app.on('open-file', (event, file) => {
    event.preventDefault();
    openFile(file);
  });
  app.on('web-contents-created', (_event, contents) => hardenContents(contents, location));
  app.on('before-quit', () => {
    quitRequested = true;
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (!state.editor && host) void openEditor();
  });
  app.on('will-quit', (event) => {
    if (disposed) return;
    event.preventDefault();
    void shutDown();
  });
  app
    .whenReady()
    .then(ready)
    .catch((error: unknown) => {
      console.error('Briefing Composer could not start:', error);
      app.exit(1);
    });
}
