import type { Language } from '../../model/index.ts';
import type { AppInfo, ExportProgress } from '../../ipc/index.ts';
import type { PdfPrinter } from '../pdf/printer.ts';
import type { TemplateSources } from '../templates.ts';
import type { SeriesFolders } from '../series/seriesStore.ts';
import type { HeicDecoder } from '../photos/heicInWorker.ts';

export type ExportFormat = 'docx' | 'pdf';

/** Native dialogs. Each resolves to the chosen path, or undefined when the user cancels. */
export interface HostDialogs {
  openBriefing(): Promise<string | undefined>;
  saveBriefing(suggested: string): Promise<string | undefined>;
  /** `suggested` has no extension: the host adds `.docx` / `.pdf` for each format. */
  exportTarget(suggested: string, formats: readonly ExportFormat[]): Promise<string | undefined>;
  /**
   * The file being saved over was changed by someone else since this session opened or saved it (a colleague on
   * the shared folder): replace it anyway, keep both (this version under a new name), or do not save.
   */
  fileChanged(file: string): Promise<'overwrite' | 'keepBoth' | 'cancel'>;
  /** Where to export a .briefing-template (template designer); `suggested` is a file name. */
  saveTemplateFile?(suggested: string): Promise<string | undefined>;
}

export interface HostShell {
  /** Resolves to an error message, or "" on success (Electron's shell.openPath). */
  openPath(file: string): Promise<string>;
  showItemInFolder(file: string): void;
}

export interface HostWindow {
  setState(dirty: boolean, title: string): void;
  /** Delivers an export's progress to the window that started it (the exportProgress host event). */
  exportProgress?(progress: ExportProgress): void;
}

/**
 * Everything the host services need from the platform, injected: the Electron shell passes native dialogs, its
 * shell and a hidden-window PDF printer; tests and the end-to-end harness pass their own.
 */
export interface HostDeps {
  dialogs: HostDialogs;
  shell: HostShell;
  window: HostWindow;
  /** Where recent files, settings and recovery files live. */
  userDataDir: string;
  pdf: PdfPrinter;
  /** Version, platform, dark mode and the OS language; a language the user chose overrides the latter. */
  appInfo(): AppInfo;
  /** The packaged app passes `builtinDir` (its resources folder); otherwise the registry's defaults apply. */
  templateSources?: TemplateSources;
  /** Where bulletin series live; by default `series/` in userDataDir and `.briefing-series/` in each shared template folder. */
  seriesFolders?: SeriesFolders;
  onRecentChanged?(paths: string[]): void;
  onLanguageChanged?(language: Language): void;
  now?(): Date;
  /** The machine's font families for the template designer; by default asked of the OS (fc-list, reg, system_profiler). */
  installedFonts?: { list(): Promise<string[]> };
  /**
   * HEIC decoding (photos:decodeHeic): the desktop app's runs on a worker thread (heicInWorker.ts), so a phone
   * photo never freezes its windows; tests pass decodeHeic itself. Injected, so the app's main bundle does not
   * carry the decoder a second time.
   */
  decodeHeic: HeicDecoder;
}
