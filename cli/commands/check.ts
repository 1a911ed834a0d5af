import { checkBriefing, enumerateFields, lineAndColumn, ruleById, type Finding } from '../../core/check/index.ts';
import { InputError, MAX_PROBLEMS_SHOWN } from '../../core/model/index.ts';
import { openBriefing } from '../../core/node/briefingFile.ts';
import { EXIT_BAD_INPUT, EXIT_OK, UsageError } from '../exitCodes.ts';
import type { Output } from '../output.ts';
import { parseCheckArgs } from './checkArgs.ts';
import { describeFailure } from './describeFailure.ts';

type Located = Finding & { file: string; line: number; column: number };

/**
 * Prints every finding of every input as `file:path:line:col severity rule message` (or one JSON array); exit 1
 * when any input has an error finding or cannot be opened. Warnings and hints never fail it.
 */
export async function checkCommand(argv: string[], output: Output): Promise<number> {
  const args = parseCheckArgs(argv);
  const unknown = args.disabledRules.filter((id) => !ruleById(id));
  if (unknown.length > 0) throw new UsageError(`check: --disable: no rule "${unknown.join(', ')}"`);
  let failed = false;
  const all: Located[] = [];
  for (const input of args.inputs) {
    let findings: Finding[];
    let texts: Map<string, string>;
    try {
      const { briefing } = await openBriefing(input);
      findings = checkBriefing(briefing, { disabledRules: args.disabledRules });
      texts = new Map(enumerateFields(briefing).map((f) => [f.path, f.text]));
    } catch (error) {
      failed = true;
      if (error instanceof InputError) {
        output.err(`${error.file ?? input}: cannot be checked: ${error.problems.length} problem${error.problems.length === 1 ? '' : 's'}`);
        for (const p of error.problems.slice(0, MAX_PROBLEMS_SHOWN)) output.err(`  ${p.path}: ${p.message}`);
      } else {
        output.err(describeFailure(error, input));
      }
      continue;
    }
    if (findings.some((f) => f.severity === 'error')) failed = true;
    for (const f of findings) {
      const { line, column } = lineAndColumn(texts.get(f.path), f);
      all.push({ file: input, ...f, line, column });
    }
    if (args.format === 'text') {
      for (const f of all.filter((x) => x.file === input)) {
        output.out(`${f.file}:${f.path}:${f.line}:${f.column} ${f.severity} ${f.rule} ${f.message[args.lang]}${f.fix !== undefined ? ` (fix: "${f.fix}")` : ''}`);
      }
    }
  }
  if (args.format === 'json') output.out(JSON.stringify(all, null, 2));
  else {
    // The tally goes to stderr, so stdout stays one finding a line for editors and scripts that read it.
    const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    const count = (severity: Finding['severity']) => all.filter((f) => f.severity === severity).length;
    output.err(`${plural(args.inputs.length, 'input')} checked: ${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${plural(count('hint'), 'hint')}`);
  }
  return failed ? EXIT_BAD_INPUT : EXIT_OK;
}
