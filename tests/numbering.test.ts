import { describe, expect, it } from 'vitest';
import { chineseNumeral, fillPattern, formatDate, formatHeadingNumber } from '../core/template/index.ts';

describe('chineseNumeral', () => {
  it.each([
    [1, '一'],
    [9, '九'],
    [10, '十'],
    [11, '十一'],
    [19, '十九'],
    [20, '二十'],
    [21, '二十一'],
    [99, '九十九'],
    [100, '一百'],
    [105, '一百零五'],
    [110, '一百一十'],
    [115, '一百一十五'],
    [120, '一百二十'],
    [999, '九百九十九'],
  ])('writes %i as %s', (n, expected) => {
    expect(chineseNumeral(n)).toBe(expected);
  });

  it('refuses numbers that are not counts', () => {
    expect(() => chineseNumeral(-1)).toThrow(RangeError);
    expect(() => chineseNumeral(1.5)).toThrow(RangeError);
  });
});

describe('formatHeadingNumber', () => {
  it('writes the Chinese official levels 一、（一）1.（1）', () => {
    expect(formatHeadingNumber('{1:cn}、', [3])).toBe('三、');
    expect(formatHeadingNumber('（{2:cn}）', [3, 12])).toBe('（十二）');
    expect(formatHeadingNumber('{3}.', [3, 12, 4])).toBe('4.');
    expect(formatHeadingNumber('（{4}）', [1, 1, 1, 7])).toBe('（7）');
  });

  it('writes decimal outlines from several counters', () => {
    expect(formatHeadingNumber('{1}.{2}.{3}', [2, 10, 1])).toBe('2.10.1');
    expect(formatHeadingNumber('{1}.', [11])).toBe('11.');
  });

  it('writes a counter that has not started as 0 rather than dropping it', () => {
    expect(formatHeadingNumber('{1}.{2}', [4])).toBe('4.0');
  });
});

describe('formatDate', () => {
  it('writes the long Chinese and English dates without leading zeros', () => {
    expect(formatDate('2022-06-09', 'zh-long')).toBe('2022年6月9日');
    expect(formatDate('2022-06-09', 'en-long')).toBe('9 June 2022');
    expect(formatDate('2023-12-31', 'zh-long')).toBe('2023年12月31日');
    expect(formatDate('2023-01-01', 'en-long')).toBe('1 January 2023');
  });

  it('keeps ISO dates as written', () => {
    expect(formatDate('2022-06-09', 'iso')).toBe('2022-06-09');
  });
});

describe('fillPattern', () => {
  it('fills known placeholders and leaves unknown ones visible', () => {
    expect(fillPattern('第{n}期', { n: 12 })).toBe('第12期');
    expect(fillPattern('Page {n} of {total}', { n: 2 })).toBe('Page 2 of {total}');
  });

  it('inserts user text literally, even when it looks like a placeholder or a replacement token', () => {
    expect(fillPattern('{label} {n}. {caption}', { label: 'Figure', n: 1, caption: 'Cost {n} $& more' })).toBe(
      'Figure 1. Cost {n} $& more',
    );
  });
});
