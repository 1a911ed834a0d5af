import { BrowserWindow, dialog, screen } from 'electron';
import { EVENT_CHANNELS } from '../../core/ipc/index.ts';
import type { JsonStore } from '../../core/node/host/index.ts';
import { CloseGuard, type CloseChoice } from '../../core/node/desktop/closeGuard.ts';
import type { RendererCommand } from './commands.ts';
import type { AppLocation } from '../../core/node/desktop/policy.ts';
import type { Strings } from './strings.ts';
import { MIN_SIZE, restoreBounds, type WindowState } from '../../core/node/desktop/windowBounds.ts';

export interface EditorWindowOptions {
  location: AppLocation;
  preload: string;
  stateStore: JsonStore<WindowState | undefined>;
  strings: () => Strings;
  /** The user kept the window open (Cancel, or a Save that did not happen): a quit waiting on it is off. */
  closeCancelled(): void;
}

const CHOICES: CloseChoice[] = ['save', 'discard', 'cancel'];

/** The editor's window: its place on screen remembered, its page loaded, and a question before losing work. */
export class EditorWindow {
  private readonly guard = new CloseGuard();
  private title = '';
  private saving: Promise<unknown> = Promise.resolve();
  /** Commands wait until the page listens: its first state report comes after it subscribed to them. */
  private listening = false;
  private readonly queued: RendererCommand[] = [];

  private constructor(
    readonly window: BrowserWindow,
    private readonly options: EditorWindowOptions,
  ) {
    window.on('close', (event) => {
      const decision = this.guard.requestClose();
      if (decision === 'close') {
        this.rememberBounds();
        return;
      }
      event.preventDefault();
      if (decision === 'ask') void this.askBeforeClosing();
    });
    // The page's own beforeunload guard would cancel a close the user has just confirmed here (Don't save, or
    // saved): once the host's guard has decided to close, the page's objection is overruled.
    window.webContents.on('will-prevent-unload', (event) => {
      if (this.guard.isClosing()) event.preventDefault();
    });
    window.webContents.on('render-process-gone', (_event, details) => {
      // A clean exit is the page going away on purpose (a reload, the window closing), not a crash.
      if (details.reason !== 'clean-exit') void this.offerReload(details.reason);
    });
    let timer: NodeJS.Timeout | undefined;
    const later = () => {
      clearTimeout(timer);
      timer = setTimeout(() => this.rememberBounds(), 500);
    };
    window.on('resize', later);
    window.on('move', later);
    window.on('maximize', later);
    window.on('unmaximize', later);
  }

  /** The window, not yet showing anything: register it before load() so its page's first request is trusted. */
  static async create(options: EditorWindowOptions): Promise<EditorWindow> {
    const saved = await options.stateStore.read();
    const { bounds, maximized } = restoreBounds(saved, screen.getAllDisplays().map((display) => display.workArea));
    const window = new BrowserWindow({
      ...bounds,
      minWidth: MIN_SIZE.width,
      minHeight: MIN_SIZE.height,
      show: false,
      title: 'Briefing Composer',
      webPreferences: {
        preload: options.preload,
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        experimentalFeatures: false,
        webviewTag: false,
        navigateOnDragDrop: false,
        safeDialogs: true,
        // macOS checks spelling with its own dictionaries; elsewhere Chromium would download them from Google.
        spellcheck: process.platform === 'darwin',
        // Middle-click would open links in a new window, past the window-open handler.
        disableBlinkFeatures: 'Auxclick',
      },
    });
    const editor = new EditorWindow(window, options);
    window.once('ready-to-show', () => {
      if (maximized) window.maximize();
      window.show();
    });
    return editor;
  }

  async load(): Promise<void> {
    const { location } = this.options;
    await (location.kind === 'dev' ? this.window.loadURL(location.origin) : this.window.loadFile(location.indexHtml));
  }

  send(command: RendererCommand): void {
    if (this.window.isDestroyed()) return;
    if (!this.listening) return void this.queued.push(command);
    this.window.webContents.send(EVENT_CHANNELS.command, command);
  }

  openFile(file: string): void {
    if (this.window.isDestroyed()) return;
    this.focus();
    this.window.webContents.send(EVENT_CHANNELS.openFile, file);
  }

  focus(): void {
    if (this.window.isMinimized()) this.window.restore();
    this.window.focus();
  }

  /** The editor's report of unsaved changes and the document's title. */
  setState(dirty: boolean, title: string): void {
    if (this.window.isDestroyed()) return;
    if (!this.listening) {
      this.listening = true;
      this.queued.splice(0).forEach((command) => this.send(command));
    }
    this.title = title;
    this.window.setTitle(title ? `${title} — Briefing Composer` : 'Briefing Composer');
    if (process.platform === 'darwin') this.window.setDocumentEdited(dirty);
    if (this.guard.setState(dirty) === 'close') this.window.close();
  }

  /** A save of the document ended (document:save answered); see CloseGuard.saveEnded. */
  saveEnded(saved: boolean): void {
    const wasWaiting = this.guard.isSaving();
    this.guard.saveEnded(saved);
    if (wasWaiting && !saved) this.options.closeCancelled();
  }

  /** Resolves once the last window position has been written. */
  flush(): Promise<unknown> {
    return this.saving;
  }

  private rememberBounds(): void {
    if (this.window.isDestroyed() || this.window.isMinimized()) return;
    const { x, y, width, height } = this.window.getNormalBounds();
    const state = { x, y, width, height, maximized: this.window.isMaximized() };
    this.saving = this.options.stateStore.update(() => state).catch(() => undefined);
  }

  private async askBeforeClosing(): Promise<void> {
    const s = this.options.strings();
    const { response } = await dialog.showMessageBox(this.window, {
      type: 'warning',
      buttons: [s.saveButton, s.discardButton, s.cancelButton],
      defaultId: 0,
      cancelId: 2,
      noLink: true,
      title: s.unsavedTitle,
      message: s.unsavedMessage.replace('{title}', this.title || '—'),
      detail: s.unsavedDetail,
    });
    const action = this.guard.answer(CHOICES[response] ?? 'cancel');
    if (action === 'close') this.window.close();
    if (action === 'save') this.send('save');
    if (action === 'stay') this.options.closeCancelled();
  }

  /** The page crashed: offer to reload it; the editor then offers the document back from its recovery file. */
  private async offerReload(reason: string): Promise<void> {
    if (this.window.isDestroyed()) return;
    const s = this.options.strings();
    const { response } = await dialog.showMessageBox(this.window, {
      type: 'error',
      buttons: [s.reloadButton, s.closeButton],
      defaultId: 0,
      cancelId: 1,
      noLink: true,
      title: s.crashTitle,
      message: s.crashMessage.replace('{reason}', reason),
      detail: s.crashDetail,
    });
    if (this.window.isDestroyed()) return;
    if (response === 0) {
      this.listening = false;
      this.window.webContents.reload();
    } else {
      // Nothing is left to ask: the page that knew about unsaved changes is gone, and they are in recovery.
      this.window.destroy();
    }
  }
}
