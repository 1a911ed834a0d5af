import { describe, expect, it } from 'vitest';
import { parseTypedDate } from '../fields/typedDate.ts';

describe('dates typed by hand', () => {
  it.each([
    ['2026-11-25', '2026-11-25'],
    ['2026/11/25', '2026-11-25'],
    ['2026.11.24', '2026-11-24'],
    ['2026年11月25日', '2026-11-25'],
    ['2026 年 11 月 25 日', '2026-11-25'],
    ['２０２６／１１／２５', '2026-11-25'],
    ['2026/1/5', '2026-01-05'],
    [' 2026-11-25 ', '2026-11-25'],
  ])('zh-CN and en read %s as %s', (typed, iso) => {
    expect(parseTypedDate(typed, 'zh-CN')).toBe(iso);
    expect(parseTypedDate(typed, 'en')).toBe(iso);
  });

  it.each([
    ['25/11/2026', '2026-11-25'],
    ['5/1/2026', '2026-01-05'],
    ['25.11.2026', '2026-11-25'],
    ['25 Nov 2026', '2026-11-25'],
    ['25 November 2026', '2026-11-25'],
    ['November 25, 2026', '2026-11-25'],
  ])('en reads %s as %s', (typed, iso) => {
    expect(parseTypedDate(typed, 'en')).toBe(iso);
  });

  it.each(['2026/11/2x', '2026/13/45', '2026-02-30', '2026/11', '明天', 'next week', '', '25/11/2026 10:00', '11/25/2026'])(
    'refuses %j rather than guess',
    (typed) => {
      expect(parseTypedDate(typed, 'en')).toBeUndefined();
      expect(parseTypedDate(typed, 'zh-CN')).toBeUndefined();
    },
  );

  it('a Chinese user writes the year first: day-first numbers are not guessed at', () => {
    expect(parseTypedDate('25/11/2026', 'zh-CN')).toBeUndefined();
  });
});
