import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { WindowSnapshot } from './control.ts';
import { RIG_CONFIG_ENV, type RigConfig } from './config.ts';
import type { Bounds } from './fakeElectron.ts';
import type { RigRequest } from './protocol.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const repositoryRoot = path.resolve(here, '..', '..', '..');
const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

export interface RigOptions extends Partial<RigConfig> {
  /** The folder electron-vite built into (main/, preload/, renderer/). */
  build: string;
  /** Extra command-line arguments, as a file association or a terminal would pass them. */
  argv?: string[];
  cwd?: string;
  env?: Record<string, string>;
}

export type MenuNode = { label?: string; role?: string; type?: string; accelerator?: string; checked?: boolean; enabled?: boolean; clickable: boolean; submenu?: MenuNode[] };
export type Invoked = { ok: true; value: unknown } | { ok: false; error: string };

/**
 * The built main process (out/main/index.js) in a child Node process, with the fake `electron` module in place
 * of Electron, driven request by request. The child ends as Electron would: after 'quit' or app.exit().
 */
export class ShellRig {
  readonly stdout: string[] = [];
  readonly stderr: string[] = [];
  readonly unhandled: string[] = [];
  /** What the shell had done when the process ended (sent by the fake just before it exits). */
  private lastWords: { calls: { api: string; args: unknown[] }[]; dialogs: { kind: string; options: Record<string, unknown> }[] } | undefined;
  readonly exited: Promise<number | null>;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();

  private constructor(
    private readonly child: ChildProcess,
    readonly config: RigConfig,
    readonly build: string,
  ) {
    child.stdout?.on('data', (chunk: Buffer) => this.stdout.push(chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => this.stderr.push(chunk.toString()));
    child.on('message', (message: { id: number; ok?: boolean; value?: unknown; error?: string; event?: string; calls?: never[]; dialogs?: never[] }) => {
      if (message.event === 'unhandledRejection') return void this.unhandled.push(message.error ?? '');
      if (message.event === 'terminated') return void (this.lastWords = { calls: message.calls ?? [], dialogs: message.dialogs ?? [] });
      const waiter = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.ok) waiter?.resolve(message.value);
      else waiter?.reject(new Error(`rig: ${message.error}`));
    });
    this.exited = new Promise((resolve) => child.on('exit', (code) => {
      for (const waiter of this.pending.values()) waiter.reject(new Error(`rig: the shell exited (${code}) before answering\n${this.stderr.join('')}`));
      this.pending.clear();
      resolve(code);
    }));
  }

  static start(options: RigOptions): ShellRig {
    const home = options.home ?? mkdtempSync(path.join(os.tmpdir(), 'briefing-rig-'));
    // The installed layout: resources/app.asar (here: the build folder) beside resources/templates.
    const resourcesPath = path.join(home, 'resources');
    mkdirSync(resourcesPath, { recursive: true });
    const templates = path.join(resourcesPath, 'templates');
    if (!existsSync(templates)) symlinkSync(path.join(repositoryRoot, 'templates'), templates);
    const config: RigConfig = {
      platform: options.platform ?? 'linux',
      packaged: options.packaged ?? true,
      resourcesPath,
      userData: options.userData ?? path.join(home, 'userData'),
      home,
      locale: options.locale ?? 'en-US',
      singleInstanceLock: options.singleInstanceLock ?? true,
      displays: options.displays ?? [{ x: 0, y: 0, width: 1920, height: 1040 }],
    };
    const env: Record<string, string | undefined> = { ...process.env, ...options.env, [RIG_CONFIG_ENV]: JSON.stringify(config) };
    if (!options.env?.ELECTRON_RENDERER_URL) delete env.ELECTRON_RENDERER_URL;
    const child = spawn(process.execPath, ['--import', tsxLoader, '--import', pathToFileURL(path.join(here, 'register.ts')).href, path.join(options.build, 'main', 'index.js'), ...(options.argv ?? [])], {
      cwd: options.cwd ?? home,
      env,
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      // Structured clone, as Electron's IPC: photos cross as Uint8Array, not as JSON objects.
      serialization: 'advanced',
    });
    return new ShellRig(child, config, options.build);
  }

  send<T>(request: RigRequest): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      if (!this.child.connected) return reject(new Error(`rig: the shell has exited\n${this.stderr.join('')}`));
      this.child.send({ id, request });
    });
  }

  /** The app's own page, as Chromium reports it in a frame URL. */
  get indexUrl(): string {
    return pathToFileURL(path.join(this.build, 'renderer', 'index.html')).href;
  }

  /** 'ready', then the editor window with its page loaded. */
  async launch(): Promise<WindowSnapshot> {
    await this.send({ op: 'ready' });
    return this.waitFor(async () => (await this.windows()).find((w) => w.url !== '' && w.visible));
  }

  windows = () => this.send<WindowSnapshot[]>({ op: 'windows' });
  emitApp = (event: string, ...args: unknown[]) => this.send<{ prevented: boolean }>({ op: 'emitApp', event, args });
  quit = () => this.send<void>({ op: 'quit' });
  closeWindow = (id: number) => this.send<void>({ op: 'closeWindow', id });
  moveWindow = (id: number, bounds: Bounds) => this.send<void>({ op: 'moveWindow', id, bounds });
  contentsEvent = (id: number, event: string, fields: Record<string, unknown> = {}, ...args: unknown[]) => this.send<{ prevented: boolean }>({ op: 'contentsEvent', id, event, fields, args });
  windowOpen = (id: number, url: string) => this.send<{ action: string } | undefined>({ op: 'windowOpen', id, url });
  channels = () => this.send<string[]>({ op: 'channels' });
  menu = () => this.send<MenuNode[]>({ op: 'menu' });
  clickMenu = (...labels: string[]) => this.send<void>({ op: 'clickMenu', labels });
  answer = (kind: 'messageBox' | 'save' | 'open' | 'print', ...values: unknown[]) => this.send<void>({ op: 'answer', kind, values });
  dialogs = () => this.send<{ kind: string; options: Record<string, unknown> }[]>({ op: 'dialogs' });
  calls = () => this.send<{ api: string; args: unknown[] }[]>({ op: 'calls' });
  request = (partition: string, url: string) => this.send<{ cancel: boolean; csp?: string[] }>({ op: 'request', partition, url });
  permission = (partition: string, permission: string) => this.send<boolean>({ op: 'permission', partition, permission });

  /** A request from the renderer: by default from the editor's main frame showing the app's page. */
  invoke(windowId: number, channel: string, payload?: unknown, frame?: { url?: string; main?: boolean }): Promise<Invoked> {
    return this.send<Invoked>({ op: 'invoke', id: windowId, channel, payload, frame: { url: frame?.url ?? this.indexUrl, main: frame?.main ?? true } });
  }

  /** The calls the shell made, read after the process has ended. */
  async callsBeforeExit(): Promise<{ api: string; args: unknown[] }[]> {
    await this.exited;
    if (!this.lastWords) throw new Error(`rig: the shell ended without quitting (killed or crashed)\n${this.stderr.join('')}`);
    return this.lastWords.calls;
  }

  /** Polls until `probe` returns something, e.g. a window the shell opens after an async step. */
  async waitFor<T>(probe: () => Promise<T | undefined | false>, what = 'the condition', timeoutMs = 10_000): Promise<T> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const value = await probe();
      if (value) return value;
      if (Date.now() > until) throw new Error(`rig: timed out waiting for ${what}\n${this.stderr.join('')}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** Lets the shell's pending async work (file writes, dialogs) run. */
  settle = (ms = 100) => new Promise((resolve) => setTimeout(resolve, ms));

  async stop(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
    await this.exited;
  }
}
