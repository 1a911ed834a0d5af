import type { z } from 'zod';

/** One thing wrong with an input, located by a path a person can read: `attendees[3].name`. */
export interface Problem {
  path: string;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(document)' : out;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  // Parsers pass reportInput, so a missing field is told apart from a wrong one whatever its kind (enum, union…).
  if ('input' in issue && issue.input === undefined && issue.code !== 'custom') return 'required';
  if (issue.code === 'invalid_type' && issue.message.includes('received undefined')) return 'required';
  if (issue.code === 'invalid_union' && issue.message === 'Invalid input') {
    return 'does not match any allowed form';
  }
  return issue.message;
}

export function problemsFromZod(error: z.ZodError, prefix: readonly PropertyKey[] = []): Problem[] {
  return error.issues.map((issue) => ({ path: formatPath([...prefix, ...issue.path]), message: describeIssue(issue) }));
}

export function formatProblems(problems: readonly Problem[]): string {
  return problems.map((p) => `${p.path}: ${p.message}`).join('\n');
}

/**
 * A user's input was wrong. Carries the file it came from and every problem found, so a caller can print
 * `briefing.json: attendees[3].name: required` instead of a stack trace.
 */
/** How many problems a message lists before "… and N more problems". */
export const MAX_PROBLEMS_SHOWN = 100;

export class InputError extends Error {
  readonly file: string | undefined;
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[], file?: string) {
    const where = file ? `${file}: ` : '';
    // A person reads the first hundred; a file with a million dangling ids must not print a million lines.
    const shown = problems.slice(0, MAX_PROBLEMS_SHOWN).map((p) => `${where}${p.path}: ${p.message}`);
    const more = problems.length - shown.length;
    super([...shown, ...(more > 0 ? [`${where}… and ${more.toLocaleString('en-US')} more problems`] : [])].join('\n'));
    this.name = 'InputError';
    this.file = file;
    this.problems = problems;
  }

  withFile(file: string): InputError {
    return new InputError(this.problems, file);
  }
}
