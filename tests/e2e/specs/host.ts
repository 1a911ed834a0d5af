import type { Page } from 'playwright-core';

/**
 * What a spec needs from whatever hosts the app, besides the page: the Playwright harness (real host services in
 * the test process) implements it, and so can an Electron runner (`_electron.launch`) with stubbed dialogs.
 */
export interface SpecHost {
  /** A scratch folder the spec may save and export into. */
  readonly workDir: string;
  /** Answers the next native file dialog (open, save or export) with this path; undefined = the user cancels. */
  answerDialog(path: string | undefined): void;
  /** Delivers a host event as the native menu or the OS would. */
  emit(event: 'command' | 'openFile', payload: string): Promise<void>;
  /** Files the app asked the OS to open, and to reveal in their folder. */
  shellOpened(): readonly string[];
  shellRevealed(): readonly string[];
  /** Kills the window's renderer process, as a crash would. */
  crash(page: Page): Promise<void>;
  /** What the editor last told the window (unsaved changes, title). */
  lastWindowState(): { dirty: boolean; title: string } | undefined;
}
