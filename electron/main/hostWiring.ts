import { app, nativeTheme, shell } from 'electron';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { EVENT_CHANNELS, type AppInfo } from '../../core/ipc/index.ts';
import { createHostServices, type HostRuntime } from '../../core/node/host/index.ts';
import type { Language } from '../../core/model/index.ts';
import { heicDecoderInWorker } from '../../core/node/photos/heicInWorker.ts';
// electron-vite builds the worker as a file of its own and gives its path (a worker has no Electron to import).
import heicWorkerPath from '../../core/node/photos/heicWorker.ts?modulePath';
import { nativeDialogs } from './dialogs.ts';
import type { EditorWindow } from './editorWindow.ts';
import { ElectronPdfPrinter } from './pdfPrinter.ts';
import { languageFromLocales, STRINGS, type UiLanguage } from './strings.ts';

export interface ShellState {
  editor: EditorWindow | undefined;
  language: UiLanguage;
  /** The file the app was asked to open before the editor asked for app:info. */
  pendingFile: string | undefined;
  /** Whether the editor's page has asked for app:info, i.e. is running and listening for events. */
  started: boolean;
}

export interface HostHooks {
  recentChanged(paths: string[]): void;
  languageChanged(language: Language): void;
}

export function osLanguage(): UiLanguage {
  return languageFromLocales([...app.getPreferredSystemLanguages(), app.getLocale()]);
}

/** The host services with Electron's parts plugged in: native dialogs and shell, the hidden-window printer. */
export function electronHost(state: ShellState, hooks: HostHooks): HostRuntime {
  const appInfo = (): AppInfo => {
    const launchFile = state.pendingFile;
    state.pendingFile = undefined;
    state.started = true;
    return {
      version: app.getVersion(),
      platform: process.platform,
      language: osLanguage(),
      darkMode: nativeTheme.shouldUseDarkColors,
      ...(launchFile ? { launchFile } : {}),
    };
  };
  return createHostServices({
    userDataDir: app.getPath('userData'),
    pdf: new ElectronPdfPrinter(),
    dialogs: nativeDialogs(() => state.editor?.window, () => STRINGS[state.language]),
    shell: {
      openPath: (file) => shell.openPath(file),
      showItemInFolder: (file) => shell.showItemInFolder(file),
    },
    window: {
      setState: (dirty, title) => state.editor?.setState(dirty, title),
      // The editor is the only window whose requests are served, so it is the one that asked for the export.
      exportProgress: (progress) => {
        const contents = state.editor?.window.webContents;
        if (contents && !contents.isDestroyed()) contents.send(EVENT_CHANNELS.exportProgress, progress);
      },
    },
    appInfo,
    // Plain Node in the worker: none of the main process's command-line switches.
    decodeHeic: heicDecoderInWorker(() => new Worker(heicWorkerPath, { execArgv: [] })),
    // Packaged, the built-in templates ship as extra resources beside app.asar.
    ...(app.isPackaged ? { templateSources: { builtinDir: path.join(process.resourcesPath, 'templates') } } : {}),
    onRecentChanged: hooks.recentChanged,
    onLanguageChanged: hooks.languageChanged,
  });
}
