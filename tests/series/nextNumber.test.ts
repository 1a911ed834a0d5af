import { describe, expect, it } from 'vitest';
import { freshCounter, issueKey, nextNumber, parseIssueKey, type SeriesCounter } from '../../core/series/index.ts';

const at = (iso: string) => new Date(`${iso}T12:00:00`);
const counter = (c: Partial<SeriesCounter>): SeriesCounter => ({ ...freshCounter(at('2026-01-05')), ...c });

describe('the next number of a series', () => {
  it('counts on within a year: 第12期 总第148期 after 第11期 总第147期', () => {
    const { number, counter: after } = nextNumber(counter({ issue: 11, total: 147 }), at('2026-03-02'), 'regular');
    expect(number).toEqual({ year: 2026, issue: 12, total: 148, supplement: false });
    expect(after).toMatchObject({ year: 2026, issue: 12, total: 148 });
  });

  it('restarts the yearly number on 1 January while the total keeps counting', () => {
    const december = counter({ year: 2025, issue: 52, total: 200 });
    expect(nextNumber(december, at('2025-12-31'), 'regular').number).toEqual({ year: 2025, issue: 53, total: 201, supplement: false });
    expect(nextNumber(december, at('2026-01-01'), 'regular').number).toEqual({ year: 2026, issue: 1, total: 201, supplement: false });
  });

  it('never goes back a year when the clock is set back', () => {
    const { number } = nextNumber(counter({ year: 2026, issue: 3, total: 10 }), at('2025-06-01'), 'regular');
    expect(number).toEqual({ year: 2026, issue: 4, total: 11, supplement: false });
  });

  it('numbers supplements apart, with their own yearly counter and no total', () => {
    const c = counter({ issue: 11, total: 147, supplementYear: 2026, supplement: 1 });
    const { number, counter: after } = nextNumber(c, at('2026-04-01'), 'supplement');
    expect(number).toEqual({ year: 2026, issue: 2, supplement: true });
    expect(after).toMatchObject({ issue: 11, total: 147, supplement: 2 });
    expect(nextNumber(counter({ supplementYear: 2025, supplement: 4 }), at('2026-01-02'), 'supplement').number.issue).toBe(1);
  });

  it('skips numbers already claimed by another computer', () => {
    const taken = [{ year: 2026, issue: 12, total: 148, supplement: false }, { year: 2026, issue: 13, total: 149, supplement: false }];
    expect(nextNumber(counter({ issue: 11, total: 147 }), at('2026-03-02'), 'regular', taken).number).toEqual({
      year: 2026,
      issue: 14,
      total: 150,
      supplement: false,
    });
  });

  it('names claims so they can be read back', () => {
    expect(issueKey({ year: 2026, issue: 13, supplement: false })).toBe('2026-13');
    expect(issueKey({ year: 2026, issue: 2, supplement: true })).toBe('2026-s2');
    expect(parseIssueKey('2026-s2')).toEqual({ year: 2026, issue: 2, supplement: true });
    expect(parseIssueKey('2026-0')).toBeUndefined();
    expect(parseIssueKey('../x')).toBeUndefined();
  });
});
