import type { AppInfo, Channel, ExportProgress, RequestOf, Responses } from '../../core/ipc/index.ts';
import { createIpcHandlers } from '../../core/ipc/handlers.ts';
import { createHostServices, type ExportFormat, type HostDeps } from '../../core/node/host/index.ts';
import type { PdfPrinter } from '../../core/node/pdf/printer.ts';
import { decodeHeic } from '../../core/node/photos/decodeHeic.ts';
import type { TemplateSources } from '../../core/node/templates.ts';

/**
 * The host services on a real data folder, with the platform parts injected the way the Electron shell injects
 * its own: dialogs answer from a queue of preset paths (undefined = the user cancelled), and the shell and the
 * window record what they were asked to do.
 */
export interface Harness {
  call<C extends Channel>(channel: C, request: RequestOf<C>): Promise<Responses[C]>;
  raw(channel: Channel, payload: unknown): Promise<unknown>;
  answers: (string | undefined)[];
  /** Answers to "the file was changed by someone else" (none queued: cancel). */
  changeAnswers: ('overwrite' | 'keepBoth' | 'cancel')[];
  dialogCalls: { kind: 'open' | 'save' | 'export' | 'changed'; suggested?: string; formats?: readonly ExportFormat[] }[];
  opened: string[];
  revealed: string[];
  windowStates: { dirty: boolean; title: string }[];
  languages: string[];
  recentEvents: string[][];
  /** Export progress the host sent the window, in order. */
  progress: ExportProgress[];
  dispose(): Promise<void>;
}

const unusedPrinter: PdfPrinter = {
  render: () => Promise.reject(new Error('this test prints no PDF')),
  close: async () => undefined,
};

export interface HostHarnessOptions {
  pdf?: PdfPrinter;
  now?: () => Date;
  info?: Partial<AppInfo>;
  /** Also handed each export progress event, as the window would get it (the e2e harness passes it to the page). */
  onProgress?: (progress: ExportProgress) => void;
  seriesFolders?: HostDeps['seriesFolders'];
  templateSources?: TemplateSources;
}

export function hostHarness(userDataDir: string, options: HostHarnessOptions = {}): Harness {
  const h: Omit<Harness, 'call' | 'raw' | 'dispose'> = {
    answers: [],
    changeAnswers: [],
    dialogCalls: [],
    opened: [],
    revealed: [],
    windowStates: [],
    languages: [],
    recentEvents: [],
    progress: [],
  };
  const next = () => Promise.resolve(h.answers.shift());
  const deps: HostDeps = {
    userDataDir,
    pdf: options.pdf ?? unusedPrinter,
    dialogs: {
      openBriefing: () => (h.dialogCalls.push({ kind: 'open' }), next()),
      saveBriefing: (suggested) => (h.dialogCalls.push({ kind: 'save', suggested }), next()),
      exportTarget: (suggested, formats) => (h.dialogCalls.push({ kind: 'export', suggested, formats }), next()),
      fileChanged: async (file) => (h.dialogCalls.push({ kind: 'changed', suggested: file }), h.changeAnswers.shift() ?? 'cancel'),
      saveTemplateFile: (suggested) => (h.dialogCalls.push({ kind: 'save', suggested }), next()),
    },
    shell: {
      openPath: async (file) => (h.opened.push(file), ''),
      showItemInFolder: (file) => void h.revealed.push(file),
    },
    window: {
      setState: (dirty, title) => void h.windowStates.push({ dirty, title }),
      exportProgress: (progress) => {
        h.progress.push(progress);
        options.onProgress?.(progress);
      },
    },
    decodeHeic,
    appInfo: () => ({ version: '0.1.0', platform: 'linux', language: 'en', darkMode: false, ...options.info }),
    onLanguageChanged: (language) => void h.languages.push(language),
    onRecentChanged: (paths) => void h.recentEvents.push(paths),
    ...(options.now ? { now: options.now } : {}),
    ...(options.seriesFolders ? { seriesFolders: options.seriesFolders } : {}),
    ...(options.templateSources ? { templateSources: options.templateSources } : {}),
  };
  const host = createHostServices(deps);
  const handlers = createIpcHandlers(host);
  return {
    ...h,
    call: (channel, request) => handlers[channel](request) as never,
    raw: (channel, payload) => handlers[channel](payload),
    dispose: () => host.dispose(),
  };
}
