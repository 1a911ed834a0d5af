import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { previewFramePlugin } from '../scripts/previewFrameScript.ts';

const root = path.dirname(fileURLToPath(import.meta.url));

/** The renderer alone, built to out/renderer: what Electron loads and what the end-to-end harness serves. */
export default defineConfig({
  root,
  base: './',
  plugins: [previewFramePlugin()],
  build: { outDir: path.resolve(root, '../out/renderer'), emptyOutDir: true, chunkSizeWarningLimit: 4000 },
  oxc: { jsx: { runtime: 'automatic' } },
});
