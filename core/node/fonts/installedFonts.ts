import { execFile } from 'node:child_process';
import { parseFcList, parseRegFonts, parseSystemProfilerFonts } from './parseFontLists.ts';

/** Runs a program and resolves to its standard output. A parameter so tests can stand in for the OS. */
export type RunProgram = (file: string, args: readonly string[]) => Promise<string>;

const runProgram: RunProgram = (file, args) =>
  new Promise((resolve, reject) => {
    execFile(file, [...args], { encoding: 'utf8', maxBuffer: 32 * 1024 * 1024, timeout: 60_000, windowsHide: true }, (error, stdout) =>
      error ? reject(error) : resolve(stdout),
    );
  });

const WINDOWS_FONT_KEYS = [
  'HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Fonts',
  // Fonts a user installed for themselves only (Windows 10 1809+).
  'HKCU\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Fonts',
];

/** The font families installed on this machine, by the platform's own tool. Throws when the tool is missing. */
export async function listInstalledFonts(platform: NodeJS.Platform = process.platform, run: RunProgram = runProgram): Promise<string[]> {
  if (platform === 'win32') {
    const outputs = await Promise.all(WINDOWS_FONT_KEYS.map((key) => run('reg', ['query', key]).catch(() => '')));
    return parseRegFonts(outputs.join('\n'));
  }
  if (platform === 'darwin') return parseSystemProfilerFonts(await run('system_profiler', ['SPFontsDataType']));
  return parseFcList(await run('fc-list', [':', 'family']));
}

/** The list, asked of the OS once per session: it takes seconds on macOS and fonts are rarely installed mid-session. */
export class InstalledFonts {
  private pending: Promise<string[]> | undefined;
  constructor(
    private readonly platform: NodeJS.Platform = process.platform,
    private readonly run: RunProgram = runProgram,
  ) {}

  list(): Promise<string[]> {
    if (!this.pending) {
      this.pending = listInstalledFonts(this.platform, this.run);
      this.pending.catch(() => (this.pending = undefined));
    }
    return this.pending;
  }
}
