/** Fake sessions, webContents and BrowserWindows: what a window is asked to do, and its documented events. */
import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { JSDOM } from 'jsdom';
import { PDFDocument } from 'pdf-lib';
import { app } from './fakeApp.ts';
import { answers, call, FakeEvent } from './fakeRecord.ts';

// ── sessions ─────────────────────────────────────────────────────────────────────────────────────────────────
type RequestHandler = (details: { url: string; responseHeaders?: Record<string, string[]> }, callback: (response: Record<string, unknown>) => void) => void;
class FakeSession {
  permissionRequest: ((...args: unknown[]) => void) | undefined;
  permissionCheck: ((...args: unknown[]) => boolean) | undefined;
  beforeRequest: RequestHandler | undefined;
  headersReceived: RequestHandler | undefined;
  constructor(readonly partition: string) {}
  setPermissionRequestHandler(handler: (...args: unknown[]) => void): void {
    this.permissionRequest = handler;
  }
  setPermissionCheckHandler(handler: (...args: unknown[]) => boolean): void {
    this.permissionCheck = handler;
  }
  webRequest = {
    onBeforeRequest: (handler: RequestHandler) => (this.beforeRequest = handler),
    onHeadersReceived: (handler: RequestHandler) => (this.headersReceived = handler),
  };
}
const partitions = new Map<string, FakeSession>();
export const session = {
  defaultSession: new FakeSession(''),
  fromPartition(partition: string): FakeSession {
    if (!partitions.has(partition)) partitions.set(partition, new FakeSession(partition));
    return partitions.get(partition)!;
  },
  all: () => [session.defaultSession, ...partitions.values()],
};

// ── webContents ──────────────────────────────────────────────────────────────────────────────────────────────
let nextContentsId = 1;
export class FakeWebContents extends EventEmitter {
  readonly id = nextContentsId++;
  readonly sent: { channel: string; payload: unknown }[] = [];
  readonly printRequests: Record<string, unknown>[] = [];
  url = '';
  reloads = 0;
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  private dom: JSDOM | undefined;
  private destroyed = false;
  private cssKeys = 0;
  private readonly css = new Map<string, string>();

  constructor(readonly session: FakeSession) {
    super();
  }
  send(channel: string, payload: unknown): void {
    if (this.destroyed) throw new Error('Object has been destroyed');
    this.sent.push({ channel, payload });
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  destroy(): void {
    this.destroyed = true;
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  getURL(): string {
    return this.url;
  }
  async loadURL(url: string): Promise<void> {
    this.url = url;
    if (url.startsWith('file:')) this.dom = new JSDOM(readFileSync(fileURLToPath(url), 'utf8'), { runScripts: 'outside-only', url });
    setImmediate(() => this.emit('did-finish-load'));
  }
  loadFile(file: string): Promise<void> {
    return this.loadURL(pathToFileURL(path.resolve(file)).href);
  }
  reload(): void {
    this.reloads++;
    call('webContents.reload', this.id);
  }
  /** Runs the script in the loaded page (jsdom), where the shell only ever reads the DOM. */
  async executeJavaScript(code: string): Promise<unknown> {
    const window = this.dom?.window;
    if (!window) throw new Error('executeJavaScript: no page loaded');
    // jsdom has no font loading; a page without web fonts is ready at once, as in Chromium.
    Object.defineProperty(window.document, 'fonts', { value: { ready: Promise.resolve() }, configurable: true });
    return window.eval(code);
  }
  async insertCSS(css: string): Promise<string> {
    const key = `css-${++this.cssKeys}`;
    this.css.set(key, css);
    return key;
  }
  async removeInsertedCSS(key: string): Promise<void> {
    this.css.delete(key);
  }

  /**
   * https://www.electronjs.org/docs/latest/api/web-contents#contentsprinttopdfoptions — `pageSize` defaults to
   * Letter; `preferCSSPageSize` "Whether or not to prefer page size as defined by css. Defaults to false, in
   * which case the content will be scaled to fit the paper size." The fake lays out nothing: it answers with a
   * one-page PDF of the size Chromium would choose, so a test can see which size the shell asked for.
   */
  async printToPDF(options: Record<string, unknown>): Promise<Buffer> {
    this.printRequests.push(options);
    if (answers.print[0] === 'hang') {
      answers.print.shift();
      return new Promise<Buffer>(() => undefined);
    }
    const letter: [number, number] = [612, 792];
    const cssSize = options.preferCSSPageSize ? this.cssPageSize() : undefined;
    const pdf = await PDFDocument.create();
    pdf.addPage(cssSize ?? letter);
    return Buffer.from(await pdf.save());
  }

  private cssPageSize(): [number, number] | undefined {
    const styles = [...(this.dom?.window.document.querySelectorAll('style') ?? [])].map((s) => s.textContent ?? '').join('\n');
    const size = /@page\s*(?::\w+\s*)?\{[^}]*\bsize:\s*([^;}]+)/.exec(styles)?.[1]?.trim();
    if (!size) return undefined;
    const named: Record<string, [number, number]> = { a4: [595.28, 841.89], letter: [612, 792] };
    const name = named[size.split(/\s+/)[0]!.toLowerCase()];
    if (name) return name;
    const mm = /^([\d.]+)mm\s+([\d.]+)mm/.exec(size);
    return mm ? [(Number(mm[1]) * 72) / 25.4, (Number(mm[2]) * 72) / 25.4] : undefined;
  }
}

// ── BrowserWindow ────────────────────────────────────────────────────────────────────────────────────────────
let nextWindowId = 1;
export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export class FakeBrowserWindow extends EventEmitter {
  static readonly all: FakeBrowserWindow[] = [];
  static getAllWindows(): FakeBrowserWindow[] {
    return [...FakeBrowserWindow.all];
  }
  readonly id = nextWindowId++;
  readonly webContents: FakeWebContents;
  title = '';
  visible = false;
  documentEdited = false;
  bounds: Bounds;
  private maximized = false;
  private minimized = false;
  private destroyed = false;

  constructor(readonly options: Record<string, unknown> = {}) {
    super();
    const prefs = (options.webPreferences ?? {}) as { partition?: string };
    this.webContents = new FakeWebContents(prefs.partition ? session.fromPartition(prefs.partition) : session.defaultSession);
    this.bounds = { x: Number(options.x ?? 100), y: Number(options.y ?? 100), width: Number(options.width ?? 800), height: Number(options.height ?? 600) };
    this.title = String(options.title ?? '');
    this.visible = options.show !== false;
    FakeBrowserWindow.all.push(this);
    // https://www.electronjs.org/docs/latest/api/app#event-web-contents-created
    app.emit('web-contents-created', new FakeEvent(), this.webContents);
  }
  loadURL(url: string): Promise<void> {
    return this.webContents.loadURL(url).then(() => {
      setImmediate(() => this.emit('ready-to-show'));
    });
  }
  loadFile(file: string): Promise<void> {
    return this.loadURL(pathToFileURL(path.resolve(file)).href);
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  isVisible(): boolean {
    return this.visible;
  }
  show(): void {
    this.visible = true;
  }
  hide(): void {
    this.visible = false;
  }
  focus(): void {
    call('window.focus', this.id);
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  minimize(): void {
    this.minimized = true;
  }
  restore(): void {
    this.minimized = false;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  maximize(): void {
    this.maximized = true;
    this.emit('maximize');
  }
  setTitle(title: string): void {
    this.title = title;
  }
  getTitle(): string {
    return this.title;
  }
  setDocumentEdited(edited: boolean): void {
    this.documentEdited = edited;
  }
  getNormalBounds(): Bounds {
    return { ...this.bounds };
  }
  getBounds(): Bounds {
    return { ...this.bounds };
  }
  /** The user drags or resizes the window. */
  moveTo(bounds: Bounds): void {
    this.bounds = { ...bounds };
    this.emit('move');
    this.emit('resize');
  }

  /**
   * https://www.electronjs.org/docs/latest/api/browser-window#winclose — "Try to close the window. This has the
   * same effect as a user manually clicking the close button of the window. The web page may cancel the close
   * though." 'close' may be prevented; otherwise the window is destroyed and 'closed' follows.
   */
  close(): void {
    if (this.destroyed) return;
    const event = new FakeEvent();
    this.emit('close', event);
    if (event.defaultPrevented) return;
    this.destroy();
  }
  /** https://www.electronjs.org/docs/latest/api/browser-window#windestroy — no 'close', but 'closed'. */
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.webContents.destroy();
    FakeBrowserWindow.all.splice(FakeBrowserWindow.all.indexOf(this), 1);
    this.emit('closed');
    if (FakeBrowserWindow.all.length === 0) app.lastWindowClosed();
  }
}
export const BrowserWindow = FakeBrowserWindow;
