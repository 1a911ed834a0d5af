import path from 'node:path';
import type { HostServices } from '../../ipc/handlers.ts';
import { describeError } from '../../ipc/describeError.ts';
import { sharedTemplateDirs, type TemplateSources } from '../templates.ts';
import { SeriesStore, type SeriesFolders } from './seriesStore.ts';

/** A shared template folder holds its series here; the leading dot keeps the template scan from reading it as a template. */
export const SHARED_SERIES_FOLDER = '.briefing-series';

/** The user's series next to their other data; the office's beside the shared templates. */
export function seriesFolders(userDataDir: string, templates: TemplateSources): SeriesFolders {
  const shared = templates.sharedDirs ?? sharedTemplateDirs();
  return { user: path.join(userDataDir, 'series'), shared: shared.map((dir) => path.join(dir, SHARED_SERIES_FOLDER)) };
}

type SeriesChannel = 'series:list' | 'series:get' | 'series:save' | 'series:takeNumber';

/** The series requests: every failure, a lock or a conflict included, comes back as a message the user can act on. */
export function seriesServices(store: SeriesStore): Pick<HostServices, SeriesChannel> {
  const failed = (error: unknown) => ({ ok: false as const, error: describeError(error) });
  return {
    'series:list': async () =>
      (await store.list()).map(({ id, source, file, series, problems }) => ({ id, source, file, problems, ...(series ? { series } : {}) })),
    'series:get': async ({ id }) => store.get(id).then((got) => ({ ok: true as const, ...got }), failed),
    'series:save': async ({ series, source, expectedRevision }) =>
      store.save(series, source, expectedRevision).then((saved) => ({ ok: true as const, series: saved }), failed),
    'series:takeNumber': async ({ id, supplement }) =>
      store.takeNumber(id, supplement ? 'supplement' : 'regular').then((taken) => ({ ok: true as const, ...taken }), failed),
  };
}
