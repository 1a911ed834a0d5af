// The CLI compiled once and cached, so `briefing` starts in plain Node (no TypeScript loader) from the second run
// on. The cache is keyed by the content of every source file the CLI can load, the esbuild and Node versions: an
// edited file means a new build, never a stale one. Plain JavaScript, because it runs before anything is compiled.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SOURCE_DIRS = ['cli', 'core'];

function sourceFiles(dir, out = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) sourceFiles(full, out);
    else if (/\.(ts|mjs|json)$/.test(entry.name)) out.push(full);
  }
  return out;
}

/** What the build depends on: every source file's path and bytes, the package manifest, esbuild, Node, the place. */
function cacheKey(esbuildVersion) {
  const hash = createHash('sha256');
  // The place too: the build carries each module's own URL (keepModuleUrls), so two copies never share one.
  hash.update(`${process.version} esbuild ${esbuildVersion} ${root}\n`);
  for (const file of [path.join(root, 'package.json'), ...SOURCE_DIRS.flatMap((dir) => sourceFiles(path.join(root, dir))).sort()]) {
    hash.update(`${path.relative(root, file)}\n`);
    hash.update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 20);
}

/**
 * Each module keeps its own import.meta.url in the bundle (core/node/paths.ts finds the templates from it), so
 * the compiled CLI behaves exactly as the TypeScript one wherever the cache lives.
 */
const keepModuleUrls = {
  name: 'keep-module-urls',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, (args) => ({
      contents: readFileSync(args.path, 'utf8').replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)),
      loader: 'ts',
    }));
  },
};

/** Beside the packages the bundle imports, so Node finds them from there. */
const CACHE_ROOT = path.join(root, 'node_modules', '.cache', 'briefing-cli');

/** The compiled entry (main.mjs) for these sources, built on first use; undefined when it cannot be built here. */
export async function compiledCli() {
  const require = createRequire(path.join(root, 'package.json'));
  let esbuildVersion;
  try {
    // The version from its manifest: loading esbuild itself is needed only to build.
    esbuildVersion = JSON.parse(readFileSync(require.resolve('esbuild/package.json'), 'utf8')).version;
  } catch {
    return undefined;
  }
  const dir = path.join(CACHE_ROOT, cacheKey(esbuildVersion));
  const entry = path.join(dir, 'main.mjs');
  if (existsSync(entry)) return entry;
  {
    try {
      const esbuild = require('esbuild');
      mkdirSync(CACHE_ROOT, { recursive: true });
      // Built aside and renamed into place: a second `briefing` started meanwhile never sees half a build.
      const building = `${dir}.${process.pid}.tmp`;
      await esbuild.build({
        entryPoints: { main: path.join(root, 'cli', 'main.ts') },
        bundle: true,
        splitting: true,
        format: 'esm',
        platform: 'node',
        target: 'node20',
        outdir: building,
        outExtension: { '.js': '.mjs' },
        // Packages stay in node_modules, found from the cache folder as from the sources.
        packages: 'external',
        plugins: [keepModuleUrls],
        logLevel: 'silent',
      });
      try {
        renameSync(building, dir);
      } catch {
        rmSync(building, { recursive: true, force: true });
      }
      if (existsSync(entry)) return entry;
    } catch {
      // A read-only install: the TypeScript loader runs the sources instead.
    }
  }
  return undefined;
}
