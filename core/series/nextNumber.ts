import type { IssueRef, SeriesCounter } from './schema.ts';

export type IssueKind = 'regular' | 'supplement';

/**
 * The number after the counter, on a given day. A new calendar year restarts the yearly number at 1 (the total
 * goes on); a clock set back never makes the year go backwards. Numbers already taken (`taken`, e.g. from claims
 * written by another computer whose counter update was lost) are skipped, so the result is never one of them.
 */
export function nextNumber(
  counter: SeriesCounter,
  today: Date,
  kind: IssueKind,
  taken: readonly IssueRef[] = [],
): { number: IssueRef; counter: SeriesCounter } {
  const calendarYear = today.getFullYear();
  if (kind === 'supplement') {
    const year = Math.max(calendarYear, counter.supplementYear);
    const last = year === counter.supplementYear ? counter.supplement : 0;
    const seen = taken.filter((t) => t.supplement && t.year === year).map((t) => t.issue);
    const issue = Math.max(last, ...seen, 0) + 1;
    return { number: { year, issue, supplement: true }, counter: { ...counter, supplementYear: year, supplement: issue } };
  }
  const year = Math.max(calendarYear, counter.year);
  const last = year === counter.year ? counter.issue : 0;
  const regular = taken.filter((t) => !t.supplement);
  const issue = Math.max(last, ...regular.filter((t) => t.year === year).map((t) => t.issue), 0) + 1;
  const total = Math.max(counter.total, ...regular.map((t) => t.total ?? 0), 0) + 1;
  return { number: { year, issue, total, supplement: false }, counter: { ...counter, year, issue, total } };
}

/** A counter for a new series: nothing issued yet this year. */
export function freshCounter(today: Date): SeriesCounter {
  const year = today.getFullYear();
  return { year, issue: 0, total: 0, supplementYear: year, supplement: 0 };
}

/** The file-name key of a number: `2026-13`, `2026-s2` for a supplement. */
export function issueKey(number: Pick<IssueRef, 'year' | 'issue' | 'supplement'>): string {
  return `${number.year}-${number.supplement ? 's' : ''}${number.issue}`;
}

export function parseIssueKey(key: string): Pick<IssueRef, 'year' | 'issue' | 'supplement'> | undefined {
  const match = /^(\d{4})-(s?)(\d{1,6})$/.exec(key);
  if (!match) return undefined;
  const issue = Number(match[3]);
  if (issue < 1) return undefined;
  return { year: Number(match[1]), issue, supplement: match[2] === 's' };
}
