import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const SHELL_BUILD_ENV = 'BRIEFING_SHELL_BUILD';

/**
 * vitest globalSetup of the shell project: `electron-vite build` once, into a folder of its own outside the
 * repository (so the built main process can only use what it bundled, as in app.asar), shared by every test.
 * BRIEFING_SHELL_BUILD set beforehand names a build to test instead.
 */
export default function setup(): () => void {
  // A build made elsewhere (another checkout, to compare the shell before and after a change) is used as it is.
  if (process.env[SHELL_BUILD_ENV]) return () => undefined;
  const out = mkdtempSync(path.join(os.tmpdir(), 'briefing-shell-build-'));
  const run = spawnSync(process.execPath, ['node_modules/electron-vite/bin/electron-vite.js', 'build', '--outDir', out, '--logLevel', 'error'], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`electron-vite build failed:\n${run.stderr}`);
  process.env[SHELL_BUILD_ENV] = out;
  return () => rmSync(out, { recursive: true, force: true });
}

export function shellBuild(): string {
  const dir = process.env[SHELL_BUILD_ENV];
  if (!dir) throw new Error(`${SHELL_BUILD_ENV} is not set: run the shell tests through vitest's "shell" project`);
  return dir;
}
