import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PACKAGE_ROOT } from '../core/node/paths.ts';
import { EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE, UsageError } from './exitCodes.ts';
import { consoleOutput, type Output } from './output.ts';
import { USAGE } from './usage.ts';

type Command = (argv: string[], output: Output) => Promise<number>;

/** Each command loads what it needs when it runs: `validate` never loads the exporters, nor PDF's Playwright. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  export: async () => (await import('./commands/export.ts')).exportCommand,
  validate: async () => (await import('./commands/validate.ts')).validateCommand,
  check: async () => (await import('./commands/check.ts')).checkCommand,
  templates: async () => (await import('./commands/templates.ts')).templatesCommand,
};

function version(): string {
  const pkg = JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

/** Runs one command line; returns the exit code. Never throws: a user sees messages, not stack traces. */
export async function main(argv: string[], output: Output = consoleOutput): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    output.out(USAGE);
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  if (name === '--version' || name === '-v') {
    output.out(version());
    return EXIT_OK;
  }
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!load) {
    output.err(`briefing: unknown command "${name}"\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  try {
    return await (await load())(rest, output);
  } catch (error) {
    if (error instanceof UsageError || (error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) {
      output.err(`briefing ${name}: ${(error as Error).message}\n\n${USAGE}`);
      return EXIT_USAGE;
    }
    output.err(`briefing ${name}: ${error instanceof Error ? error.message : String(error)}`);
    if (process.env.BRIEFING_DEBUG && error instanceof Error) output.err(error.stack ?? '');
    return EXIT_BAD_INPUT;
  }
}
