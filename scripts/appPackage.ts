import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

/** The fields of the repository's package.json that describe the app itself (the installers show them). */
const APP_FIELDS = ['name', 'productName', 'version', 'description', 'author', 'homepage', 'license', 'desktopName'] as const;

/**
 * The package.json of the packaged app (electron-builder's "two package.json structure", directories.app = out):
 * the app's metadata, the built main process as its entry, and no dependencies. Everything main needs is bundled
 * into out/main, so electron-builder copies no node_modules into app.asar; the CLI's and the renderer's
 * packages stay out of the installer.
 */
export function appPackageJson(root: Record<string, unknown>): Record<string, unknown> {
  const picked = Object.fromEntries(APP_FIELDS.filter((field) => root[field] !== undefined).map((field) => [field, root[field]]));
  return { ...picked, type: 'module', main: 'main/index.js' };
}

/** electron-vite's main build writes out/package.json beside out/main, so every build is packageable as is. */
export function appPackagePlugin(rootDir: string): Plugin {
  return {
    name: 'briefing-app-package',
    writeBundle(options) {
      if (!options.dir) return;
      const root = JSON.parse(readFileSync(path.join(rootDir, 'package.json'), 'utf8')) as Record<string, unknown>;
      writeFileSync(path.join(options.dir, '..', 'package.json'), `${JSON.stringify(appPackageJson(root), null, 2)}\n`);
    },
  };
}
