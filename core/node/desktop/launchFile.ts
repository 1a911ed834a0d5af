import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** A command-line argument as a file path: Linux desktop entries pass file URLs (%U), everyone else paths. */
function argumentPath(arg: string, cwd: string, platform: NodeJS.Platform): string | undefined {
  if (/^file:/i.test(arg)) {
    try {
      return fileURLToPath(arg, { windows: platform === 'win32' });
    } catch {
      return undefined;
    }
  }
  // Some other URL a launcher handed over (http:, smb:…): not a file this app can open.
  if (/^[a-z][a-z0-9+.-]+:\/\//i.test(arg)) return undefined;
  return (platform === 'win32' ? path.win32 : path.posix).resolve(cwd, arg);
}

/**
 * The .briefing a launch asks to open (a double-click, "Open with", or a path typed after the app's name), from
 * a command line: the last argument that is not a switch and names a .briefing file, resolved from `cwd`.
 * Everything else on the line (the executable, ".", Chromium's switches) is ignored.
 */
export function briefingFromArgv(argv: readonly string[], cwd: string, platform: NodeJS.Platform = process.platform): string | undefined {
  for (let i = argv.length - 1; i >= 1; i--) {
    const arg = argv[i]!;
    if (arg.startsWith('-')) continue;
    const file = argumentPath(arg, cwd, platform);
    if (file && /\.briefing$/i.test(file)) return file;
  }
  return undefined;
}
