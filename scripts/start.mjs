#!/usr/bin/env node
// `npm start`: builds and launches the desktop app (electron-vite preview: the production build, as users get it).
// `npm start -- --dev` runs it from the dev server with hot reload instead; any other argument (a .briefing to
// open, an Electron switch) is passed on to Electron.
//
// npm installs Electron's JavaScript, but its binary is a separate download (skipped with ELECTRON_SKIP_BINARY_DOWNLOAD,
// or lost behind a proxy). So first make sure the binary is there, and if not fetch it with Electron's own installer,
// which honours ELECTRON_MIRROR and, through ELECTRON_GET_USE_PROXY, HTTPS_PROXY.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));
const electronDir = path.dirname(require.resolve('electron/package.json'));
const { version } = JSON.parse(readFileSync(path.join(electronDir, 'package.json'), 'utf8'));

/** The binary's path, or undefined: require('electron') throws when the download never happened. */
export function electronBinary() {
  const id = require.resolve('electron');
  delete require.cache[id];
  try {
    const binary = require('electron');
    return typeof binary === 'string' && existsSync(binary) ? binary : undefined;
  } catch {
    return undefined;
  }
}

export function installHelp(status) {
  return [
    '',
    `Briefing Composer needs the Electron ${version} binary, which is downloaded separately from npm, and the download failed${status}.`,
    '',
    'Behind a proxy, set it and run npm start again (the installer uses it when ELECTRON_GET_USE_PROXY is set;',
    'npm start sets that for you whenever a proxy is configured):',
    '    HTTPS_PROXY=http://proxy.example.org:8080 npm start',
    '',
    'Without access to github.com, point Electron at a mirror (ELECTRON_CUSTOM_DIR if its folders are not named v<version>):',
    '    ELECTRON_MIRROR=https://npmmirror.com/mirrors/electron/ npm start',
    '',
    'Or put electron_mirror=… / https-proxy=… in .npmrc. Downloads are verified against Electron\'s checksums either way.',
    'To retry by hand:  node node_modules/electron/install.js',
    '',
  ].join('\n');
}

/** The installer's environment: the skip switch removed (it would make install.js do nothing), proxies wired. */
export function installerEnv(env) {
  const out = { ...env };
  delete out.ELECTRON_SKIP_BINARY_DOWNLOAD;
  out.HTTPS_PROXY ??= env.https_proxy ?? env.npm_config_https_proxy;
  out.HTTP_PROXY ??= env.http_proxy ?? env.npm_config_proxy;
  for (const key of ['HTTPS_PROXY', 'HTTP_PROXY']) if (!out[key]) delete out[key];
  if (out.HTTPS_PROXY || out.HTTP_PROXY) out.ELECTRON_GET_USE_PROXY ??= '1';
  return out;
}

function ensureElectron() {
  if (electronBinary()) return true;
  console.log(`Electron ${version} is not installed yet; fetching it with Electron's installer…`);
  const env = installerEnv(process.env);
  if (env.ELECTRON_MIRROR) console.log(`  from the mirror in ELECTRON_MIRROR: ${env.ELECTRON_MIRROR}`);
  if (env.ELECTRON_GET_USE_PROXY) console.log(`  through the proxy ${env.HTTPS_PROXY ?? env.HTTP_PROXY}`);
  const run = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], { stdio: 'inherit', env });
  if (run.status === 0 && electronBinary()) return true;
  const status = run.error ? ` (${run.error.message})` : run.status ? ` (installer exit code ${run.status})` : '';
  console.error(installHelp(status));
  return false;
}

/** Chromium's words when its setuid sandbox helper cannot be used (Ubuntu 23.10+/24.04 AppArmor, some distros). */
const SUID_ABORT = /SUID sandbox helper binary was found, but is not configured correctly|No usable sandbox!/;

/** What to do when Electron aborted on the sandbox helper: make the helper usable, keeping the sandbox on. */
export function sandboxHelp(stderr) {
  if (!SUID_ABORT.test(stderr)) return undefined;
  const helper = path.join(electronDir, 'dist', 'chrome-sandbox');
  return [
    '',
    'Electron stopped because this Linux does not let it start its sandbox (Ubuntu 23.10+/24.04 and other',
    'distributions restrict unprivileged user namespaces with AppArmor). Keep the sandbox and make its helper usable:',
    `    sudo chown root:root ${helper}`,
    `    sudo chmod 4755 ${helper}`,
    'or allow user namespaces for this Electron with an AppArmor profile (see',
    'https://github.com/electron/electron/issues/42510), then run npm start again.',
    'The .deb package installs such a profile for the app; this is only about running it from the repository.',
    '',
  ].join('\n');
}

/** electron-vite's arguments: preview or dev, and everything else on our command line passed on to Electron. */
export function electronViteArgs(argv) {
  const dev = argv.includes('--dev');
  const rest = argv.filter((arg) => arg !== '--dev' && arg !== '--');
  return [dev ? 'dev' : 'preview', ...(rest.length > 0 ? ['--', ...rest] : [])];
}

/**
 * Runs a command with its output shown as it comes, watching its error output for the sandbox abort; resolves
 * with the exit code (1 for a signal), after printing what to do when the sandbox was the reason.
 */
export function runWatched(command, args, options) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { ...options, stdio: ['inherit', 'inherit', 'pipe'] });
    let tail = '';
    child.stderr.on('data', (chunk) => {
      process.stderr.write(chunk);
      tail = (tail + chunk.toString()).slice(-64 * 1024);
    });
    child.on('exit', (code, signal) => {
      const help = sandboxHelp(tail);
      if (help) console.error(help);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

function launch(argv) {
  const env = { ...process.env };
  // package.json names no "main" for the app; electron-vite is told where the built main process is.
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  if (!pkg.main) env.ELECTRON_ENTRY ??= path.join(root, 'out', 'main', 'index.js');
  const cli = path.join(path.dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
  return runWatched(process.execPath, [cli, ...electronViteArgs(argv)], { cwd: root, env });
}

/** Electron's installer and Electron 41 itself declare Node 22.12 or newer (package.json "engines" says the same). */
export function nodeTooOld(version = process.versions.node) {
  const [major, minor] = version.split('.').map(Number);
  return major < 22 || (major === 22 && minor < 12);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // A warning, not a refusal: the download itself often works on Node 20, and the message says what to change.
  if (nodeTooOld()) {
    console.warn(`Note: Electron ${version} and its installer declare Node.js 22.12 or newer; this is Node.js ${process.versions.node}.`);
    console.warn('If the download or the start fails, install Node.js 22 LTS or newer (the tests and the CLI run on 20.19 too).');
  }
  if (!ensureElectron()) process.exit(1);
  launch(process.argv.slice(2)).then((code) => process.exit(code));
}
