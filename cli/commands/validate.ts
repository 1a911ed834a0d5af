import { assertComplete, emptySectionWarnings, gongwenWarnings, InputError, CURRENT_FORMAT_VERSION, MAX_PROBLEMS_SHOWN } from '../../core/model/index.ts';
import { openBriefing } from '../../core/node/briefingFile.ts';
import { EXIT_BAD_INPUT, EXIT_OK, UsageError } from '../exitCodes.ts';
import type { Output } from '../output.ts';
import { describeFailure } from './describeFailure.ts';

/** Reports every problem of every input with its path; exit 1 when any input has one. Warnings never fail it. */
export async function validateCommand(argv: string[], output: Output): Promise<number> {
  const flags = argv.filter((a) => a.startsWith('-'));
  if (flags.length > 0) throw new UsageError(`validate: unknown option ${flags[0]}`);
  if (argv.length === 0) throw new UsageError('validate: name at least one input (.briefing or .json)');
  let invalid = 0;
  for (const input of argv) {
    try {
      const doc = await openBriefing(input);
      assertComplete(doc.briefing, input);
      const b = doc.briefing;
      output.out(
        `${input}: valid (format ${CURRENT_FORMAT_VERSION}; ${b.attendees.length} attendees, ` +
          `${b.sections.length} sections, ${b.media.length} images)`,
      );
      for (const w of [...gongwenWarnings(b), ...emptySectionWarnings(b)]) output.err(`  warning: ${w.path}: ${w.message}`);
    } catch (error) {
      invalid += 1;
      if (error instanceof InputError) {
        output.err(`${error.file ?? input}: ${error.problems.length} problem${error.problems.length === 1 ? '' : 's'}`);
        for (const p of error.problems.slice(0, MAX_PROBLEMS_SHOWN)) output.err(`  ${p.path}: ${p.message}`);
        const more = error.problems.length - MAX_PROBLEMS_SHOWN;
        if (more > 0) output.err(`  … and ${more.toLocaleString('en-US')} more problems`);
      } else {
        output.err(describeFailure(error, input));
      }
    }
  }
  return invalid > 0 ? EXIT_BAD_INPUT : EXIT_OK;
}
