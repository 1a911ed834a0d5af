import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'electron-vite';
import renderer from './renderer/vite.config.ts';
import { appPackagePlugin } from './scripts/appPackage.ts';
import { previewFramePlugin } from './scripts/previewFrameScript.ts';

const root = path.dirname(fileURLToPath(import.meta.url));
const at = (...parts: string[]) => path.resolve(root, ...parts);

/**
 * The desktop app's three builds, into out/main, out/preload and out/renderer (electron-vite's layout, which
 * electron/main/index.ts expects), plus out/package.json, the packaged app's own: the main process (ESM, its
 * dependencies bundled in, so the installer ships no node_modules; only electron and Node stay outside), the
 * preload (one CommonJS file: a sandboxed preload can neither load ES modules nor require packages), and the
 * renderer, whose own vite.config.ts stays the one description of its build (the end-to-end harness uses it too).
 */
export default defineConfig({
  main: {
    // The main process sends the app's CSP as a header, and it must allow the preview frame's script too.
    plugins: [previewFramePlugin(), appPackagePlugin(root)],
    build: {
      externalizeDeps: false,
      rolldownOptions: { input: { index: at('electron/main/index.ts') }, output: { codeSplitting: false } },
    },
  },
  preload: {
    build: {
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: at('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    ...renderer,
    root: at('renderer'),
    build: {
      ...renderer.build,
      // electron-vite places each build under out/ (or --outDir); the renderer's standalone config names its own.
      outDir: undefined,
      rolldownOptions: { input: { index: at('renderer/index.html') } },
    },
  },
});
