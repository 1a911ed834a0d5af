import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { createRequire } from 'node:module';
import path from 'node:path';
import ts from 'typescript';
import * as asar from '@electron/asar';
import semver from 'semver';
import { APP_ID } from '../electron/main/appIdentity.ts';
import { describe, expect, it } from 'vitest';
import { scanShell } from '../scripts/electronegativity.ts';
import { browserWindowPreferences, findNodes, runtimeImports, shellSources } from './helpers/shellSource.ts';
import { tempDir } from './helpers/tempBriefings.ts';

describe('the shell as written', () => {
  it('creates every window sandboxed, isolated, without Node and with web security on', () => {
    const windows = browserWindowPreferences();
    expect(windows.map((w) => path.basename(w.file)).sort()).toEqual(['editorWindow.ts', 'pdfPrinter.ts']);
    for (const { file, preferences } of windows) {
      expect(preferences, file).toMatchObject({ sandbox: 'true', contextIsolation: 'true', nodeIntegration: 'false', webSecurity: 'true' });
      expect(preferences?.['...'], `${file} spreads preferences a reader cannot check`).toBeUndefined();
    }
  });

  it('denies every new window and prevents every navigation', () => {
    const harden = shellSources().find(({ file }) => file.endsWith('harden.ts'))!.source;
    const calls = findNodes(harden, (n): n is ts.CallExpression => ts.isCallExpression(n));
    const opener = calls.find((c) => c.expression.getText().endsWith('setWindowOpenHandler'));
    expect(opener?.getText()).toContain("return { action: 'deny' }");
    expect(opener?.getText()).not.toContain("'allow'");
    const navigate = calls.find((c) => c.expression.getText().endsWith('.on') && c.arguments[0]?.getText() === "'will-navigate'");
    // Only the dev server's own reload gets through (isDevReload is false outside development); then: prevented.
    expect(navigate?.arguments[1]?.getText()).toMatch(/^\(event\) => \{\s*if \(isDevReload\(event\.url, contents\.getURL\(\), location\)\) return;\s*\/\/[^\n]*\n\s*event\.preventDefault\(\);/);
    expect(harden.getText()).toContain('setPermissionRequestHandler((_contents, _permission, callback) => callback(false))');
  });

  it('has a preload that exposes one object and imports only electron and the channel list', () => {
    const preload = shellSources().find(({ file }) => file.endsWith(path.join('preload', 'index.ts')))!.source;
    expect(runtimeImports(preload)).toEqual(['electron', '../../core/ipc/channels.ts']);
    const exposed = findNodes(preload, (n): n is ts.CallExpression => ts.isCallExpression(n) && n.expression.getText().endsWith('exposeInMainWorld'));
    expect(exposed.map((c) => c.arguments.map((a) => a.getText()))).toEqual([["'briefing'", 'api']]);
    expect(preload.getText()).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer/);
  });

  it('never turns a protection off anywhere in the shell', () => {
    for (const { file, source } of shellSources()) {
      expect(source.getText(), file).not.toMatch(/sandbox:\s*false|contextIsolation:\s*false|nodeIntegration:\s*true|webSecurity:\s*false|allowRunningInsecureContent:\s*true/);
    }
  });
});

describe('Electronegativity', () => {
  it('finds nothing in the shell that the allow-list does not explain, offline', async () => {
    const result = await scanShell();
    expect(result.parseErrors).toEqual([]);
    expect(result.unexplained).toEqual([]);
    expect(result.stale).toEqual([]);
  });

  it('fails the gate on an insecure window that nobody explained', async () => {
    const dir = tempDir();
    writeFileSync(
      path.join(dir, 'main.ts'),
      "import { BrowserWindow } from 'electron';\nexport const w = new BrowserWindow({ webPreferences: { nodeIntegration: true, sandbox: false, contextIsolation: false } });\n",
    );
    const result = await scanShell(dir, []);
    expect(result.unexplained.map((f) => f.id)).toEqual(expect.arrayContaining(['SANDBOX_JS_CHECK', 'CONTEXT_ISOLATION_JS_CHECK']));
  });
});

describe('packaging', () => {
  const builder = createRequire(createRequire(import.meta.url).resolve('electron-builder'));
  const { getConfig, validateConfiguration } = builder('app-builder-lib/out/util/config/config.js') as {
    getConfig(dir: string, file: string, extra: null): Promise<Record<string, unknown>>;
    validateConfiguration(config: unknown, logger: unknown): Promise<void>;
  };
  const { DebugLogger } = builder('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
  const load = () => getConfig(process.cwd(), 'electron-builder.yml', null);

  it('is valid by electron-builder\'s own schema, which does refuse a misspelt key', async () => {
    const config = await load();
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    await expect(validateConfiguration({ ...config, fileAsociations: [] }, new DebugLogger(false))).rejects.toThrow(/unknown property 'fileAsociations'/);
  });

  it('builds installers for x64 and arm64 on every platform, associates .briefing and ships the templates', async () => {
    const config = (await load()) as Record<string, { target?: unknown } & Record<string, unknown>>;
    const targets = (platform: string) => (config[platform]?.target as { target: string; arch: string[] }[]).map(({ target, arch }) => [target, arch]);
    expect(targets('win')).toEqual([['nsis', ['x64', 'arm64']], ['portable', ['x64', 'arm64']]]);
    expect(targets('mac')).toEqual([['dmg', ['x64', 'arm64']]]);
    // UOS and Kylin workstations on Kunpeng/Phytium are arm64.
    expect(targets('linux')).toEqual([['AppImage', ['x64', 'arm64']], ['deb', ['x64', 'arm64']]]);
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 'briefing', mimeType: 'application/vnd.briefing-composer+zip', icon: 'assets/app-icon.png' })]);
    expect(config.extraResources).toEqual([{ from: 'templates', to: 'templates', filter: ['**/*'] }]);
    expect(config.linux).toMatchObject({ syncDesktopName: true, executableName: 'briefing-composer' });
    // The AppImage runtime that keeps the Chromium sandbox on where user namespaces exist.
    expect(config.toolsets).toEqual({ appimage: '1.0.3' });
    const png = readFileSync(String(config.icon));
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1024, 1024]);
  });

  it('has what the Linux packages and Windows need: homepage, author with e-mail, desktopName, one appId', async () => {
    const config = (await load()) as { appId: string };
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as Record<string, unknown>;
    // electron-builder's deb/AppImage refuse to build without these ("Please specify project homepage").
    expect(pkg.homepage).toMatch(/^https:\/\//);
    expect(pkg.author).toMatchObject({ name: expect.any(String), email: expect.stringContaining('@') });
    expect(pkg.desktopName).toBe('briefing-composer.desktop');
    expect(config.appId).toBe(APP_ID);
  });

  it('declares the Node that Electron and its installer declare', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } };
    const electron = JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')) as { engines: { node: string } };
    const getEngines = JSON.parse(readFileSync('node_modules/@electron/get/package.json', 'utf8')) as { engines: { node: string } };
    expect(semver.subset(pkg.engines.node, electron.engines.node)).toBe(true);
    expect(semver.subset(pkg.engines.node, getEngines.engines.node)).toBe(true);
    expect(readFileSync('README.md', 'utf8')).toMatch(/Node(\.js)? 22\.12/);
  });

  it('bundles main (only electron and Node built-ins stay outside), so app.asar holds no node_modules and stays small', async () => {
    const out = tempDir('briefing-build-');
    const run = spawnSync(process.execPath, ['node_modules/electron-vite/bin/electron-vite.js', 'build', '--outDir', out, '--logLevel', 'error'], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const main = readFileSync(path.join(out, 'main', 'index.js'), 'utf8');
    const imports = [...main.matchAll(/^import .* from "([^"]+)";/gm)].map((m) => m[1]!);
    expect(imports).toContain('electron');
    expect(imports.filter((name) => name !== 'electron' && !isBuiltin(name))).toEqual([]);
    expect(main).not.toMatch(/(import|require)\(\s*["']playwright-core/);
    const preload = readFileSync(path.join(out, 'preload', 'index.cjs'), 'utf8');
    expect([...preload.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1])).toEqual(['electron']);
    expect(preload).not.toMatch(/^\s*(import|export) /m);
    // The packaged app's own package.json (directories.app = out): the built main, no dependencies to copy.
    const app = JSON.parse(readFileSync(path.join(out, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(app).toMatchObject({ name: 'briefing-composer', productName: 'Briefing Composer', main: 'main/index.js', type: 'module', desktopName: 'briefing-composer.desktop' });
    expect(app).not.toHaveProperty('dependencies');
    // app.asar as electron-builder packs it from directories.app with files: ["**/*", "!**/*.map"].
    const asarFile = path.join(tempDir('briefing-asar-'), 'app.asar');
    await asar.createPackageWithOptions(out, asarFile, { globOptions: { ignore: ['**/*.map'] } });
    const megabytes = statSync(asarFile).size / 1e6;
    console.log(`app.asar: ${megabytes.toFixed(1)} MB`);
    expect(megabytes).toBeLessThan(40);
    expect(asar.listPackage(asarFile, { isPack: false }).some((entry: string) => entry.includes('node_modules'))).toBe(false);
  }, 120_000);
});

describe('npm start without the Electron binary', () => {
  it('runs Electron\'s installer even under ELECTRON_SKIP_BINARY_DOWNLOAD and says what to set when it fails', () => {
    const empty = tempDir();
    mkdirSync(path.join(empty, 'cache'));
    const run = spawnSync(process.execPath, ['scripts/start.mjs'], {
      encoding: 'utf8',
      timeout: 60_000,
      env: {
        PATH: process.env.PATH,
        HOME: empty,
        ELECTRON_SKIP_BINARY_DOWNLOAD: '1',
        // Nothing may be downloaded: no binary here, no cache, and a mirror that refuses at once.
        ELECTRON_OVERRIDE_DIST_PATH: empty,
        electron_config_cache: path.join(empty, 'cache'),
        ELECTRON_MIRROR: 'http://127.0.0.1:9/',
        npm_config_https_proxy: 'http://127.0.0.1:9',
      },
    });
    const { version } = JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')) as { version: string };
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`Electron ${version} is not installed yet`);
    expect(run.stdout).toContain('through the proxy http://127.0.0.1:9');
    expect(run.stderr).toContain('the download failed (installer exit code 1)');
    for (const advice of ['HTTPS_PROXY=', 'ELECTRON_MIRROR=', 'node node_modules/electron/install.js']) expect(run.stderr).toContain(advice);
  });
});
