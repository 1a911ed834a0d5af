import { describe, expect, test } from 'vitest';
import { isGrid, parseTsv } from '../model/tsv.ts';

describe('parseTsv (clipboard from Excel and WPS)', () => {
  test('splits CRLF rows and tab cells as Excel copies a range, ignoring the final line break', () => {
    expect(parseTsv('张三\t局长\t市工信局\r\n李四\t处长\t市发改委\r\n')).toEqual([
      ['张三', '局长', '市工信局'],
      ['李四', '处长', '市发改委'],
    ]);
  });

  test('accepts LF-only rows (WPS on Linux, web tables)', () => {
    expect(parseTsv('A\tB\nC\tD')).toEqual([
      ['A', 'B'],
      ['C', 'D'],
    ]);
  });

  test('unquotes cells Excel quoted because they hold a line break, a tab or quotes', () => {
    const text = '"王五\r\n（特邀）"\t"副主任\t兼秘书长"\t"the ""Riverside"" plant"\r\nZhao\tx\ty\r\n';
    expect(parseTsv(text)).toEqual([
      ['王五 （特邀）', '副主任\t兼秘书长', 'the "Riverside" plant'],
      ['Zhao', 'x', 'y'],
    ]);
  });

  test('a quote inside an unquoted cell is kept as text', () => {
    expect(parseTsv('5" screen\tok\r\n"abc\tdef')).toEqual([
      ['5" screen', 'ok'],
      ['"abc', 'def'],
    ]);
  });

  test('drops blank rows and trims padding, keeping empty cells in place', () => {
    expect(parseTsv('\r\n  张三 \t\t市政府\r\n\t\t\r\n\r\n李四\t\t\r\n')).toEqual([
      ['张三', '', '市政府'],
      ['李四', '', ''],
    ]);
  });

  test('keeps inner ideographic spaces of aligned two-character names, drops a leading BOM', () => {
    expect(parseTsv('\uFEFF李　华\t调研员')).toEqual([['李　华', '调研员']]);
  });

  test('a single copied cell is not a grid; a row or a column is', () => {
    expect(isGrid(parseTsv('张三\r\n'))).toBe(false);
    expect(isGrid(parseTsv('张三\t局长'))).toBe(true);
    expect(isGrid(parseTsv('张三\r\n李四\r\n'))).toBe(true);
  });
});
