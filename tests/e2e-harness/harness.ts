import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHANNELS, EVENT_CHANNELS, type AppInfo, type Channel } from '../../core/ipc/index.ts';
import { CHROMIUM_FLAGS, findChromium } from '../../core/node/pdf/index.ts';
import type { PdfPrinter } from '../../core/node/pdf/printer.ts';
import type { TemplateSources } from '../../core/node/templates.ts';
import { hostHarness, type Harness } from '../helpers/hostHarness.ts';
import type { SpecHost } from '../e2e/specs/host.ts';
import { acquireRenderer } from './buildRenderer.ts';
import { briefingApiScript } from './installApi.ts';
import { lazyPrinter } from './lazyPrinter.ts';
import { fromPage, toPage } from './wireJson.ts';
import { serveRenderer, type StaticServer } from './server.ts';

export interface HarnessOptions {
  language?: AppInfo['language'];
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
  /** A shared series folder (an office's share) this app's host uses beside its own; several harnesses may share one. */
  sharedSeriesDir?: string;
  /** The template folders the host sees (template designer specs give a temporary user folder). */
  templateSources?: TemplateSources;
  /** Chromium flags added to the usual ones, for the UI bench (e.g. frames not held to vsync, to time a keystroke's own work). */
  browserArgs?: readonly string[];
}

const isChannel = (value: string): value is Channel => (CHANNELS as readonly string[]).includes(value);

/**
 * The app in real Chromium: the built renderer served over HTTP with its CSP, and `window.briefing` answered by
 * the real host services (createHostServices + createIpcHandlers) in this process, on a temporary user-data
 * folder, with preset dialog answers and a recording shell.
 */
export class E2EHarness implements SpecHost {
  /** Page errors and console errors, for tests to assert none happened. */
  readonly errors: string[] = [];
  /** How long the host services took per request (test-process clock), for the UI bench. */
  readonly hostTimings: { channel: string; ms: number }[] = [];
  private host: Harness;
  private current: BrowserContext | undefined;
  /** Requests the host services are still working on, e.g. an autosave the page made just before it crashed. */
  private readonly inFlight = new Set<Promise<unknown>>();

  private constructor(
    private readonly browser: Browser,
    private readonly server: StaticServer,
    private readonly releaseRenderer: () => Promise<void>,
    private readonly printer: PdfPrinter,
    private readonly options: HarnessOptions,
    readonly userDataDir: string,
    readonly workDir: string,
  ) {
    this.host = this.newHost();
  }

  static async start(options: HarnessOptions = {}): Promise<E2EHarness> {
    const executablePath = findChromium();
    if (!executablePath) throw new Error('no Chromium found for the end-to-end tests (set BRIEFING_CHROMIUM)');
    const [renderer, userDataDir, workDir] = await Promise.all([
      acquireRenderer(),
      mkdtemp(path.join(tmpdir(), 'briefing-e2e-data-')),
      mkdtemp(path.join(tmpdir(), 'briefing-e2e-work-')),
    ]);
    const server = await serveRenderer(renderer.dir);
    try {
      const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_FLAGS, ...(options.browserArgs ?? [])], headless: true });
      return new E2EHarness(browser, server, renderer.release, lazyPrinter(), options, userDataDir, workDir);
    } catch (error) {
      await server.close();
      await renderer.release();
      await Promise.all([rm(userDataDir, { recursive: true, force: true }), rm(workDir, { recursive: true, force: true })]);
      throw error;
    }
  }

  /** The browser context standing for the running app; a restart replaces it. */
  get context(): Promise<BrowserContext> {
    if (this.current) return Promise.resolve(this.current);
    return this.newContext();
  }

  private async newContext(): Promise<BrowserContext> {
    const context = await this.browser.newContext({
      viewport: this.options.viewport ?? { width: 1440, height: 900 },
      colorScheme: this.options.colorScheme ?? 'light',
      locale: this.options.language ?? 'en',
      serviceWorkers: 'block',
    });
    await context.exposeBinding('__briefingInvoke', (_source, channel: string, payload: unknown) => {
      if (!isChannel(channel)) throw new Error(`unknown channel "${channel}"`);
      const start = performance.now();
      const call = this.host.raw(channel, fromPage(payload)).finally(() => {
        this.hostTimings.push({ channel, ms: performance.now() - start });
        this.inFlight.delete(call);
      });
      this.inFlight.add(call);
      return call.then(toPage);
    });
    await context.addInitScript({ content: briefingApiScript({ channels: CHANNELS, events: Object.keys(EVENT_CHANNELS) }) });
    this.current = context;
    return context;
  }

  private newHost(): Harness {
    // Series live in this test's data folder (never the developer's BRIEFING_SHARED_TEMPLATES), plus a shared one if given.
    const seriesFolders = { user: path.join(this.userDataDir, 'series'), shared: this.options.sharedSeriesDir ? [this.options.sharedSeriesDir] : [] };
    return hostHarness(this.userDataDir, {
      pdf: this.printer,
      info: { language: this.options.language ?? 'en' },
      seriesFolders,
      ...(this.options.templateSources ? { templateSources: this.options.templateSources } : {}),
      // As the shell sends it to the editor window: to the page (the app has one window).
      onProgress: (progress) => void this.deliver('exportProgress', progress),
    });
  }

  /** A host event to the app's window, as the preload hands it to the page's listeners. */
  private async deliver(event: string, payload: unknown): Promise<void> {
    const page = this.current?.pages().at(-1);
    if (!page) return;
    await page.evaluate(`window.__briefingEmit(${JSON.stringify(event)}, ${JSON.stringify(payload)})`).catch(() => undefined);
  }

  /** A window of the app, loaded and showing its first view. */
  async openApp(): Promise<Page> {
    const page = await (await this.context).newPage();
    page.on('pageerror', (error) => this.errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') this.errors.push(`console: ${message.text()}`);
    });
    await page.goto(this.server.url);
    await page.locator('[data-testid="welcome"], [data-testid="editor"]').first().waitFor();
    return page;
  }

  /**
   * The app starts again on the same user data, as after a crash: fresh host services, a new window. The old
   * host's requests end first, as they would with its process: an autosave still being written when the page
   * was killed (autosave writes ~1.5–1.9 s after the last key, so a crash 2 s later often lands mid-write) would
   * otherwise race the new host's start-up sweep and listing of the recovery folder, and the restore could find
   * its note naming a document the sweep had just removed as unnamed.
   */
  async restart(): Promise<Page> {
    const old = this.current;
    this.current = undefined;
    await old?.close().catch(() => undefined);
    await Promise.allSettled([...this.inFlight]);
    this.host = this.newHost();
    return this.openApp();
  }

  /** SIGKILLs the browser's renderer processes (the app has one window), then lets the page go. */
  async crash(page: Page): Promise<void> {
    const cdp = await this.browser.newBrowserCDPSession();
    const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as { processInfo: { id: number; type: string }[] };
    await cdp.detach();
    const renderers = processInfo.filter((p) => p.type === 'renderer');
    if (renderers.length === 0) throw new Error('no renderer process to kill');
    for (const renderer of renderers) process.kill(renderer.id, 'SIGKILL');
    await page.waitForEvent('crash', { timeout: 10_000 }).catch(() => undefined);
    await page.close({ runBeforeUnload: false }).catch(() => undefined);
  }

  answerDialog(file: string | undefined): void {
    this.host.answers.push(file);
  }

  async emit(event: 'command' | 'openFile', payload: string): Promise<void> {
    const page = this.current?.pages().at(-1);
    if (!page) throw new Error('no window to send the event to');
    await page.evaluate(`window.__briefingEmit(${JSON.stringify(event)}, ${JSON.stringify(payload)})`);
  }

  shellOpened(): readonly string[] {
    return this.host.opened;
  }

  shellRevealed(): readonly string[] {
    return this.host.revealed;
  }

  lastWindowState() {
    return this.host.windowStates.at(-1);
  }

  /** Export progress the host sent the window, in order. */
  get exportProgress() {
    return this.host.progress;
  }

  /** Dialog requests the host made, for assertions on what was suggested. */
  get dialogCalls() {
    return this.host.dialogCalls;
  }

  async close(): Promise<void> {
    await this.current?.close().catch(() => undefined);
    await this.browser.close().catch(() => undefined);
    await this.printer.close().catch(() => undefined);
    await this.server.close();
    await this.releaseRenderer();
    await Promise.all([rm(this.userDataDir, { recursive: true, force: true }), rm(this.workDir, { recursive: true, force: true })]);
  }
}
