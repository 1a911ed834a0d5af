import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import type { Plugin } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ENTRY = path.join(root, 'renderer/src/preview/frame/main.ts');
const MODULE_ID = 'virtual:preview-frame-script';
const RESOLVED_ID = `\0${MODULE_ID}`;

export interface PreviewFrameScript {
  /** The program the preview frame runs: one self-contained classic script. */
  code: string;
  /** Its CSP source, `'sha256-…'`: the only script the frame's (and so the app's) policy lets run inline. */
  hash: string;
}

/**
 * The preview frame is sandboxed without allow-same-origin, so Chromium gives it its own process and its layout
 * never holds up typing; the frame therefore numbers its own pages and needs a script of its own. It is inlined
 * in the frame's HTML (a file:// app cannot serve scripts to an opaque origin) and allowed by its hash, computed
 * here at build time from the same bytes that are inlined.
 */
export function buildPreviewFrameScript(): PreviewFrameScript {
  const result = buildSync({
    entryPoints: [ENTRY],
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
    target: 'chrome130',
    legalComments: 'none',
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.text.trim() ?? '';
  if (!code) throw new Error(`${ENTRY}: the preview frame's script built to nothing`);
  return { code, hash: `'sha256-${createHash('sha256').update(code).digest('base64')}'` };
}

/**
 * `import { script, scriptHash } from 'virtual:preview-frame-script'`, and the hash added to the script-src of
 * the index.html's Content-Security-Policy (the frame inherits that policy, so it must allow the script too).
 */
export function previewFramePlugin(): Plugin {
  let built: PreviewFrameScript | undefined;
  const frameScript = () => (built ??= buildPreviewFrameScript());
  return {
    name: 'briefing-preview-frame-script',
    resolveId: (id) => (id === MODULE_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      this.addWatchFile(path.dirname(ENTRY));
      const { code, hash } = frameScript();
      return `export const script = ${JSON.stringify(code)};\nexport const scriptHash = ${JSON.stringify(hash)};\n`;
    },
    handleHotUpdate({ file }) {
      if (file.startsWith(path.join(root, 'renderer/src/preview'))) built = undefined;
    },
    transformIndexHtml(html) {
      const withHash = html.replace(/script-src 'self'/, `script-src 'self' ${frameScript().hash}`);
      if (withHash === html) throw new Error("renderer/index.html: its Content-Security-Policy has no \"script-src 'self'\" to add the preview frame's hash to");
      return withHash;
    },
  };
}
