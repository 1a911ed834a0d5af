import { rm } from 'node:fs/promises';
import { buildRenderer, RENDERER_DIR_ENV } from './buildRenderer.ts';

/**
 * vitest globalSetup: build the renderer once per run and hand its folder to every e2e test file (the forked
 * workers inherit the environment variable).
 */
export default async function setup(): Promise<() => Promise<void>> {
  const dir = await buildRenderer();
  process.env[RENDERER_DIR_ENV] = dir;
  return async () => {
    delete process.env[RENDERER_DIR_ENV];
    await rm(dir, { recursive: true, force: true });
  };
}
