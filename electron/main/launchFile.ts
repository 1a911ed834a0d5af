import path from 'node:path';

/**
 * The .briefing a launch asks to open (a double-click, "Open with", or a path typed after the app's name), from
 * a command line: the last argument that is not a switch and names a .briefing file, resolved from `cwd`.
 * Everything else on the line (the executable, ".", Chromium's switches) is ignored.
 */
export function briefingFromArgv(argv: readonly string[], cwd: string): string | undefined {
  for (let i = argv.length - 1; i >= 1; i--) {
    const arg = argv[i]!;
    if (arg.startsWith('-')) continue;
    if (/\.briefing$/i.test(arg)) return path.resolve(cwd, arg);
  }
  return undefined;
}
