import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { CloseGuard } from '../../core/node/desktop/closeGuard.ts';
import { briefingFromArgv } from '../../core/node/desktop/launchFile.ts';
import { appLocation, isAppUrl, isDevReload, samePath } from '../../core/node/desktop/policy.ts';
import { electronViteArgs, nodeTooOld, runWatched, sandboxHelp } from '../../scripts/start.mjs';

// The rules the shell applies that depend on the OS it runs on. The rig runs the whole main process on this
// Linux disk, where a Windows path cannot be opened, so the Windows cases are checked here, on the same functions.
describe('Windows paths', () => {
  const index = 'c:\\Users\\li\\AppData\\Local\\Programs\\Briefing Composer\\resources\\app.asar\\renderer\\index.html';
  const built = appLocation(undefined, index, 'win32');

  it('trusts the app page although Chromium upper-cased the drive letter of a lower-case working directory', () => {
    const chromiumUrl = 'file:///C:/Users/li/AppData/Local/Programs/Briefing%20Composer/resources/app.asar/renderer/index.html';
    expect(isAppUrl(chromiumUrl, built, 'win32')).toBe(true);
    expect(isAppUrl('file:///C:/Users/li/Downloads/index.html', built, 'win32')).toBe(false);
    expect(isAppUrl('file://server/share/index.html', built, 'win32')).toBe(false);
    expect(samePath('C:\\A\\b.html', 'c:\\a\\B.html', 'win32')).toBe(true);
    expect(samePath('/A/b.html', '/a/b.html', 'linux')).toBe(false);
  });

  it('opens a file given as a Windows path or a file URL', () => {
    expect(briefingFromArgv(['C:\\Program Files\\Briefing Composer\\Briefing Composer.exe', 'D:\\简报\\第12期.briefing'], 'C:\\', 'win32')).toBe('D:\\简报\\第12期.briefing');
    expect(briefingFromArgv(['app.exe', 'file:///D:/%E7%AE%80%E6%8A%A5/a.briefing'], 'C:\\', 'win32')).toBe('D:\\简报\\a.briefing');
    expect(briefingFromArgv(['app', 'https://example.org/x.briefing'], '/home/u', 'linux')).toBeUndefined();
  });
});

describe('the dev server', () => {
  it('may reload its own page, only in development', () => {
    const dev = appLocation('http://localhost:5173/', '/app/index.html', 'linux');
    expect(isDevReload('http://localhost:5173/', 'http://localhost:5173/', dev)).toBe(true);
    expect(isDevReload('http://localhost:5173/x', 'http://localhost:5173/', dev)).toBe(false);
    expect(isDevReload('http://localhost:5173/', 'http://localhost:5173/', appLocation(undefined, '/app/index.html', 'linux'))).toBe(false);
  });
});

describe('the close guard and a save that does not happen', () => {
  it('returns to normal when the save it waited for was cancelled or failed', () => {
    const guard = new CloseGuard();
    guard.setState(true);
    guard.requestClose();
    guard.answer('save');
    guard.saveEnded(false);
    expect(guard.setState(false)).toBe('stay');
    expect(guard.isClosing()).toBe(false);
  });
});

describe('npm start', () => {
  it('passes extra arguments to Electron and keeps --dev for itself', () => {
    expect(electronViteArgs([])).toEqual(['preview']);
    expect(electronViteArgs(['--dev'])).toEqual(['dev']);
    expect(electronViteArgs(['--', 'a.briefing', '--lang=zh-CN'])).toEqual(['preview', '--', 'a.briefing', '--lang=zh-CN']);
  });

  it('explains the SUID sandbox abort of Ubuntu 24.04 after the process died on it, and stays quiet otherwise', async () => {
    const chromiumSays = "[77996:0908/150845.938417:FATAL:setuid_sandbox_host.cc(158)] The SUID sandbox helper binary was found, but is not configured correctly. Rather than run without sandboxing I'm aborting now.";
    const script = `process.stderr.write(${JSON.stringify(chromiumSays)}); process.kill(process.pid, 'SIGTRAP');`;
    // runWatched prints to this process's stderr; run it in a child so the test can read what a user would see.
    const driver = `import('${new URL('../../scripts/start.mjs', import.meta.url).href}').then(({ runWatched }) => runWatched(process.execPath, ['-e', ${JSON.stringify(script)}], {}).then((code) => process.exit(code)))`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', driver], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('The SUID sandbox helper binary was found');
    expect(run.stderr).toMatch(/sudo chown root:root .*chrome-sandbox/);
    expect(run.stderr).toMatch(/sudo chmod 4755 .*chrome-sandbox/);
    expect(sandboxHelp('[ERROR:gpu_init.cc] something else')).toBeUndefined();
    expect(await runWatched(process.execPath, ['-e', 'process.exit(3)'], {})).toBe(3);
  });

  it('says when Node is older than what Electron declares', () => {
    expect([nodeTooOld('20.19.0'), nodeTooOld('22.11.0'), nodeTooOld('22.12.0'), nodeTooOld('24.1.0')]).toEqual([true, true, false, false]);
  });
});
