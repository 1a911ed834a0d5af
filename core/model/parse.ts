import { BriefingSchema, type Briefing } from './briefing.ts';
import { checkInputLimits } from './inputLimits.ts';
import { migrateToCurrent } from './migrations/index.ts';
import { problemsFromZod, type Result } from './problems.ts';

/** Untrusted JSON in, a valid current-format briefing out, or every problem with its path. Never throws. */
export function parseBriefing(raw: unknown): Result<Briefing> {
  // Before any other work: an input over the limits is refused by its size, not after being processed.
  const tooBig = checkInputLimits(raw);
  if (tooBig) return { ok: false, problems: [tooBig] };
  const migrated = migrateToCurrent(raw);
  if (!migrated.ok) return migrated;
  const parsed = BriefingSchema.safeParse(migrated.value, { reportInput: true });
  if (!parsed.success) return { ok: false, problems: problemsFromZod(parsed.error) };
  return { ok: true, value: parsed.data };
}

/** JSON text in; a syntax error is reported like any other problem, with its position. */
export function parseBriefingText(text: string): Result<Briefing> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ path: '(document)', message: `not valid JSON: ${detail}` }] };
  }
  return parseBriefing(raw);
}
