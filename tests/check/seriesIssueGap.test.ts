import { describe, expect, it } from 'vitest';
import { checkBriefing, RULES } from '../../core/check/index.ts';
import type { Briefing } from '../../core/model/index.ts';
import type { IssueRef, SeriesNumbers } from '../../core/series/index.ts';
import { baseBriefing } from './base.ts';

const rule = RULES.filter((r) => r.id === 'series-issue-gap');
const regular = (year: number, issue: number, total: number): IssueRef => ({ year, issue, total, supplement: false });
const series = (...numbers: IssueRef[]): SeriesNumbers => ({ id: 'jz-work', name: '工作简报', numbers });

function issue(meta: Partial<Briefing['meta']>): Briefing {
  const b = baseBriefing('zh-CN');
  b.meta = { ...b.meta, visitDate: '2026-03-02', seriesId: 'jz-work', ...meta };
  return b;
}
const check = (b: Briefing, s?: SeriesNumbers) => checkBriefing(b, s ? { series: s } : {}, rule);

describe('期号 in sequence within a series (series-issue-gap)', () => {
  const known = series(regular(2026, 11, 147), regular(2026, 12, 148), regular(2026, 13, 149));

  it('is quiet for the next issue, an issue handed out, and numbers from before the series was kept here', () => {
    expect(check(issue({ issueNumber: '13', totalIssueNumber: '149' }), known)).toEqual([]);
    expect(check(issue({ issueNumber: '14', totalIssueNumber: '150' }), known)).toEqual([]);
    expect(check(issue({ issueNumber: '3', totalIssueNumber: '139' }), known)).toEqual([]);
    // Without the series (not loaded, or none), or for another series, or a number that is not a number: nothing.
    expect(check(issue({ issueNumber: '20' }))).toEqual([]);
    expect(check(issue({ issueNumber: '20', seriesId: 'other' }), known)).toEqual([]);
    expect(check(issue({ issueNumber: '特刊' }), known)).toEqual([]);
    // A new year starts again at 1; the total goes on.
    expect(check(issue({ visitDate: '2027-01-08', issueNumber: '1', totalIssueNumber: '150' }), known)).toEqual([]);
  });

  it('warns when a number skips', () => {
    const found = check(issue({ issueNumber: '15', totalIssueNumber: '151' }), known);
    expect(found.map((f) => [f.rule, f.severity, f.path, f.message['zh-CN']])).toEqual([
      ['series-issue-gap', 'warning', 'meta.issueNumber', '「工作简报」第15期前一期是第13期，中间缺第14期；「工作简报」总第151期前一期是总第149期，中间缺总第150期'],
    ]);
    expect(found[0]!.message.en).toBe('工作简报: No. 15 follows No. 13; No. 14 is missing; 工作简报: total No. 151 follows total No. 149; total No. 150 is missing');
    expect(found[0]!.range).toEqual({ start: 0, end: 2 });
  });

  it('warns when a number repeats one already issued', () => {
    const found = check(issue({ issueNumber: '12', totalIssueNumber: '150' }), known);
    expect(found.map((f) => f.message.en)).toEqual(['工作简报: 2026 No. 12 was already issued as total No. 148; the number repeats']);
    const total = check(issue({ issueNumber: '14', totalIssueNumber: '149' }), known);
    expect(total.map((f) => f.message['zh-CN'])).toEqual(['「工作简报」总第149期已是2026年第13期，总期号重复']);
  });

  it('counts supplements apart', () => {
    const withSupplements = series(...known.numbers, { year: 2026, issue: 1, supplement: true });
    expect(check(issue({ issueNumber: '2', supplement: true }), withSupplements)).toEqual([]);
    expect(check(issue({ issueNumber: '3', supplement: true }), withSupplements).map((f) => f.message['zh-CN'])).toEqual([
      '「工作简报」增刊第3期前一期是第1期，中间缺第2期',
    ]);
  });
});
