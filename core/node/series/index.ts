export * from './seriesStore.ts';
export { SeriesLockError, STALE_LOCK_MS } from './seriesLock.ts';
export type { CreateExclusive } from './exclusiveFile.ts';
export { seriesFolders, seriesServices, SHARED_SERIES_FOLDER } from './services.ts';
