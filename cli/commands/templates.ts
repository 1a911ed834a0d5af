import { listTemplates } from '../../core/node/templates.ts';
import { EXIT_OK, UsageError } from '../exitCodes.ts';
import type { Output } from '../output.ts';

/** Lists built-in, user and shared templates; a broken one is shown with its problems, not hidden. */
export async function templatesCommand(argv: string[], output: Output): Promise<number> {
  if (argv.length > 0) throw new UsageError(`templates: takes no arguments (got "${argv[0]}")`);
  const entries = await listTemplates();
  const width = Math.max(2, ...entries.map((e) => e.id.length));
  output.out(`${'ID'.padEnd(width)}  SOURCE   STATUS   NAME / LOCATION`);
  for (const entry of entries) {
    output.out(`${entry.id.padEnd(width)}  ${entry.source.padEnd(7)}  ${(entry.valid ? 'valid' : 'INVALID').padEnd(7)}  ${entry.name}`);
    output.out(`${''.padEnd(width)}                     ${entry.dir}`);
    for (const problem of entry.problems) output.out(`${''.padEnd(width)}    ! ${problem}`);
  }
  return EXIT_OK;
}
