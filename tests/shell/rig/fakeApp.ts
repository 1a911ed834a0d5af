/** The fake `app`: life cycle (ready, quit, exit) as Electron's documentation describes it. */
import { EventEmitter } from 'node:events';
import path from 'node:path';
import { call, config, FakeEvent, markMainStarted, record } from './fakeRecord.ts';
import { FakeBrowserWindow } from './fakeWindows.ts';

class FakeApp extends EventEmitter {
  name = 'electron-rig';
  isPackaged = config.packaged;
  private ready = false;
  private readyPromise: Promise<void>;
  private resolveReady!: () => void;
  private quitting = false;

  constructor() {
    super();
    this.readyPromise = new Promise((resolve) => (this.resolveReady = resolve));
  }
  setName(name: string): void {
    this.name = name;
    markMainStarted();
  }
  getName(): string {
    return this.name;
  }
  getVersion(): string {
    return '0.0.0-rig';
  }
  getLocale(): string {
    return config.locale;
  }
  getPreferredSystemLanguages(): string[] {
    return [config.locale];
  }
  getPath(name: string): string {
    if (name === 'userData') return config.userData;
    return path.join(config.home, name);
  }
  isReady(): boolean {
    return this.ready;
  }
  whenReady(): Promise<void> {
    return this.readyPromise;
  }
  /** The rig's 'ready': https://www.electronjs.org/docs/latest/api/app#event-ready */
  fireReady(): void {
    this.ready = true;
    this.resolveReady();
    this.emit('ready', new FakeEvent(), {});
  }
  requestSingleInstanceLock(): boolean {
    call('app.requestSingleInstanceLock');
    return config.singleInstanceLock;
  }
  setAppUserModelId(id: string): void {
    call('app.setAppUserModelId', id);
  }
  setAboutPanelOptions(options: unknown): void {
    call('app.setAboutPanelOptions', options);
  }
  showAboutPanel(): void {
    call('app.showAboutPanel');
  }
  addRecentDocument(file: string): void {
    call('app.addRecentDocument', file);
  }
  clearRecentDocuments(): void {
    call('app.clearRecentDocuments');
  }
  focus(): void {
    call('app.focus');
  }
  relaunch(): void {
    call('app.relaunch');
  }

  /**
   * https://www.electronjs.org/docs/latest/api/app#appquit — "Try to close all windows. The before-quit event
   * will be emitted first. If all windows are successfully closed, the will-quit event will be emitted and by
   * default the application will terminate. [...] It is possible that a window cancels the quitting".
   * https://www.electronjs.org/docs/latest/api/app#event-window-all-closed — not emitted while quitting.
   */
  quit(): void {
    call('app.quit');
    if (this.quitting) return;
    const before = new FakeEvent();
    this.emit('before-quit', before);
    if (before.defaultPrevented) return;
    this.quitting = true;
    for (const window of [...FakeBrowserWindow.all]) {
      window.close();
      if (!window.isDestroyed()) {
        // A window that stayed open cancels the quit.
        this.quitting = false;
        return;
      }
    }
    const willQuit = new FakeEvent();
    this.emit('will-quit', willQuit);
    if (willQuit.defaultPrevented) {
      this.quitting = false;
      return;
    }
    this.emit('quit', new FakeEvent(), 0);
    terminate(0);
  }

  /** https://www.electronjs.org/docs/latest/api/app#appexitexitcode — "Exits immediately", no events. */
  exit(code = 0): void {
    call('app.exit', code);
    terminate(code);
  }

  get isQuitting(): boolean {
    return this.quitting;
  }

  /** All windows gone and not quitting: 'window-all-closed', or quit when nobody listens (the docs' default). */
  lastWindowClosed(): void {
    if (this.quitting) return;
    if (this.listenerCount('window-all-closed') === 0) this.quit();
    else this.emit('window-all-closed', new FakeEvent());
  }
}

/** The real process ends after 'quit' or exit(): whatever it had not finished writing is lost. */
function terminate(code: number): void {
  call('process.exit', code);
  // As soon as the last words are out: work the shell left running (a file half written) dies with the process.
  const exit = () => process.exit(code);
  if (process.send) process.send({ id: 0, event: 'terminated', calls: record.calls, dialogs: record.dialogs }, exit);
  else exit();
}

export const app = new FakeApp();
