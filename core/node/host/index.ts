import { fromWire, toWire, type WireDocument } from '../../ipc/index.ts';
import type { HostServices } from '../../ipc/handlers.ts';
import { ExportService } from '../exportService.ts';
import type { HostDeps } from './deps.ts';
import { DocumentService } from './documents.ts';
import { Exporter } from './exporter.ts';
import { RecentFiles } from './recentFiles.ts';
import { RecoveryStore } from './recoveryStore.ts';
import { SessionFiles } from './sessionFiles.ts';
import { SettingsStore } from './settings.ts';
import { ShellAccess } from './shellAccess.ts';
import { peekRecoveredFile } from './peek.ts';
import { templateById, templateSummaries } from './templateLookup.ts';
import { SeriesStore, seriesFolders, seriesServices } from '../series/index.ts';
import { PeopleStore, peopleServices } from '../people/index.ts';
import { InstalledFonts } from '../fonts/installedFonts.ts';
import { TemplateDesk } from '../templatesHost.ts';

export type { HostDeps, HostDialogs, HostShell, HostWindow, ExportFormat } from './deps.ts';
export { JsonStore } from './jsonStore.ts';
export { SettingsStore } from './settings.ts';

/** The services, plus dispose() to close the PDF printer when the app quits. */
export type HostRuntime = HostServices & { dispose(): Promise<void> };

/**
 * The functions behind every IPC channel, on real files: the Electron main process registers them through
 * createIpcHandlers, and the end-to-end harness calls the very same ones from its test process.
 */
export function createHostServices(deps: HostDeps): HostRuntime {
  const sources = deps.templateSources ?? {};
  const session = new SessionFiles();
  const recent = new RecentFiles(deps.userDataDir, deps.onRecentChanged);
  const recovery = new RecoveryStore(deps.userDataDir, deps.now);
  // Autosaves killed halfway by a crash or power cut leave hidden temp files and unnamed copies; clear them.
  void recovery.sweep();
  const settings = new SettingsStore(deps.userDataDir);
  const exportService = new ExportService(async () => deps.pdf);
  const documents = new DocumentService(deps.dialogs, recent, session);
  const exporter = new Exporter(exportService, deps.dialogs, session, sources, (progress) => deps.window.exportProgress?.(progress));
  const shell = new ShellAccess(deps.shell, session);
  // Series and people (issue 12): everyone on a saved or exported briefing is remembered for completion.
  const seriesStore = new SeriesStore(deps.seriesFolders ?? seriesFolders(deps.userDataDir, sources), deps.now ? { now: deps.now } : {});
  const people = new PeopleStore(deps.userDataDir, deps.now);
  const remember = (document: WireDocument) => void people.record(document.briefing.attendees).catch(() => undefined);
  // Template designer (issue 14)
  const templateDesk = new TemplateDesk(sources, deps.dialogs.saveTemplateFile?.bind(deps.dialogs));
  const fonts = deps.installedFonts ?? new InstalledFonts();

  const services: HostServices = {
    'app:info': async () => {
      const info = deps.appInfo();
      return { ...info, language: (await settings.read()).language ?? info.language };
    },
    'templates:list': () => templateSummaries(sources),
    'templates:get': async ({ id }) => {
      const { manifest, assets } = await templateById(id, sources);
      return { ok: true, template: { manifest, assets: Object.fromEntries(assets) } };
    },
    // The host keeps the photos of the file it just read or wrote, so the next autosave need not send them back.
    'document:open': async (request) => {
      const outcome = await documents.open(request);
      if (outcome.ok) recovery.rememberFile(outcome.path, outcome.document.media);
      return outcome;
    },
    'document:save': async (request) => {
      const outcome = await documents.save(request);
      if (outcome.ok) recovery.rememberFile(outcome.path, request.document.media);
      if (outcome.ok) remember(request.document);
      return outcome;
    },
    'recent:list': () => recent.list(),
    'recent:clear': () => recent.clear(),
    'recovery:write': ({ key, document, path, mediaBase }) => recovery.write(key, fromWire(document), path, mediaBase),
    'recovery:list': () => recovery.list(),
    'recovery:read': async ({ key }) => {
      const found = await recovery.read(key);
      if (!found) return { ok: false, error: `nothing to recover under "${key}" (it may have been discarded)` };
      // The original path counts as the user's own file again only if they had opened or saved it before.
      if (found.path && (await recent.has(found.path))) session.markOpened(found.path);
      return { ok: true, document: toWire(found.document), ...(found.path ? { path: found.path } : {}) };
    },
    'recovery:discard': ({ key }) => recovery.discard(key),
    'export:run': async (request) => {
      const outcome = await exporter.run(request);
      if (outcome.ok) remember(request.document);
      return outcome;
    },
    'shell:openFile': ({ path }) => shell.openFile(path),
    'shell:showInFolder': ({ path }) => shell.showInFolder(path),
    'window:setState': async ({ dirty, title }) => deps.window.setState(dirty, title),
    'settings:setLanguage': async ({ language }) => {
      await settings.setLanguage(language);
      deps.onLanguageChanged?.(language);
    },
    'photos:decodeHeic': async ({ bytes, maxLongSide }) => {
      const decoded = await deps.decodeHeic(bytes, maxLongSide);
      return decoded.ok ? { ok: true, photo: decoded.photo } : decoded;
    },
    'export:cancel': async ({ exportId }) => exporter.cancel(exportId),
    'document:peek': ({ key }) => peekRecoveredFile(recovery, key),
    'settings:checkerRules': async () => ({ disabled: (await settings.read()).disabledRules ?? [] }),
    'settings:setCheckerRule': async ({ rule, enabled }) => ({ disabled: await settings.setRuleEnabled(rule, enabled) }),
    ...seriesServices(seriesStore),
    ...peopleServices(people),
    // Template designer (issue 14)
    'templates:load': ({ id }) => templateDesk.load(id),
    'templates:save': (request) => templateDesk.save(request),
    'templates:targets': async () => templateDesk.targets(),
    'templates:exportFile': ({ id, path }) => templateDesk.exportFile(id, path),
    'templates:readFile': async ({ bytes }) => templateDesk.readFile(bytes),
    'fonts:list': async () => ({ ok: true, families: await fonts.list() }),
  };
  return { ...services, dispose: () => exportService.close() };
}
