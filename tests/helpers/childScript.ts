import { spawn, type ChildProcessByStdio } from 'node:child_process';
import type { Readable } from 'node:stream';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** A repository module as a URL a child script can import. */
export const moduleUrl = (file: string) => pathToFileURL(path.join(ROOT, file)).href;

/** A started child's output, a wait for a line of it, and its end ('close': every line printed has been read). */
function watched(child: ChildProcessByStdio<null, Readable, null>) {
  let output = '';
  const waitFor = (text: string) =>
    new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes(text)) resolve();
      });
      child.on('exit', () => reject(new Error(`child exited before printing ${text}: ${output}`)));
    });
  const exited = new Promise<void>((resolve) => child.on('close', () => resolve()));
  return { child, waitFor, exited, output: () => output };
}

/** Runs a script in a separate Node process (TypeScript through tsx) and hands back the child and its output. */
export function runChild(dir: string, source: string) {
  const script = path.join(dir, 'child.mjs');
  writeFileSync(script, source);
  return watched(spawn(process.execPath, ['--import', 'tsx', script], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] }));
}

/**
 * Bundles a child script (TypeScript, importing repository modules by URL) into one plain .mjs with esbuild, so
 * that each child starts in tens of milliseconds: the crash tests start a hundred of them.
 */
export async function bundleChild(dir: string, source: string): Promise<string> {
  const { build } = await import('esbuild');
  const file = path.join(dir, `child-${Date.now().toString(36)}.mjs`);
  await build({
    stdin: { contents: source, resolveDir: ROOT, loader: 'ts', sourcefile: 'child.ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: file,
    logLevel: 'error',
    // Bundled CommonJS dependencies still call require() for Node's built-ins.
    banner: { js: "import { createRequire as childCreateRequire } from 'node:module'; const require = childCreateRequire(import.meta.url);" },
  });
  return file;
}

/** Starts a bundled child script with plain Node (no loader), watched like runChild's. */
export function startBundled(file: string) {
  return watched(spawn(process.execPath, [file], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] }));
}
