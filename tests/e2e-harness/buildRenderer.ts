import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Set by globalSetup.ts: the renderer built once for the whole run. */
export const RENDERER_DIR_ENV = 'BRIEFING_E2E_RENDERER_DIR';

/** Builds the renderer exactly as `npm run build:renderer` does, into a folder of its own. */
export async function buildRenderer(outDir?: string): Promise<string> {
  const dir = outDir ?? (await mkdtemp(path.join(tmpdir(), 'briefing-e2e-renderer-')));
  await build({
    configFile: path.join(ROOT, 'renderer/vite.config.ts'),
    logLevel: 'error',
    build: { outDir: dir, emptyOutDir: true },
  });
  return dir;
}

let own: { dir: Promise<string>; users: number } | undefined;

/**
 * The built renderer, for one harness: the run's shared build when globalSetup made one, else a build of this
 * test file's own (a few seconds), so an e2e file also runs alone. `release` removes a build of its own once its
 * last harness is done.
 */
export async function acquireRenderer(): Promise<{ dir: string; release(): Promise<void> }> {
  const shared = process.env[RENDERER_DIR_ENV];
  if (shared) return { dir: shared, release: async () => undefined };
  own ??= { dir: buildRenderer(), users: 0 };
  const current = own;
  current.users++;
  const dir = await current.dir;
  return {
    dir,
    release: async () => {
      if (--current.users > 0) return;
      if (own === current) own = undefined;
      await rm(dir, { recursive: true, force: true });
    },
  };
}
