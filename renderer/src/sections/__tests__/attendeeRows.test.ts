import { describe, expect, test } from 'vitest';
import type { Attendee } from '../../../../core/model/index.ts';
import { parseGroup, parseLeader, pasteAttendeeRows } from '../model/attendeeRows.ts';

const ids = () => {
  let n = 0;
  return () => `new${++n}`;
};

describe('spreadsheet rows to attendees', () => {
  test('reads Chinese and English group names, defaulting to the delegation', () => {
    expect(['调研组', '接待方', '陪同', '其他', 'Host', 'accompanying'].map(parseGroup)).toEqual([
      'delegation', 'host', 'accompanying', 'other', 'host', 'accompanying',
    ]);
    const [a] = pasteAttendeeRows([], [['张三', '', '', '未知']], { row: 0, column: 0 }, ids());
    expect(a?.group).toBe('delegation');
  });

  test('reads the leader marks people type', () => {
    expect(['是', 'Y', 'yes', '1', 'TRUE', '✓'].map(parseLeader)).toEqual([true, true, true, true, true, true]);
    expect(['', '否', 'no', '0'].map(parseLeader)).toEqual([false, false, false, false]);
  });

  test('appends new rows with all five columns and skips a header row', () => {
    const rows = [['姓名', '职务', '单位', '分组', '带队'], ['张三', '局长', '市工信局', '接待方', '是'], ['李四', '', '', '', '']];
    expect(pasteAttendeeRows([], rows, { row: 0, column: 0 }, ids())).toEqual([
      { id: 'new1', name: '张三', title: '局长', organisation: '市工信局', group: 'host', leader: true },
      { id: 'new2', name: '李四', group: 'delegation', leader: false },
    ]);
  });

  test('pasting at a cell overwrites from that column on and creates rows past the end, like a spreadsheet', () => {
    const existing: Attendee[] = [
      { id: 'a1', name: '甲', title: '旧职务', group: 'host', leader: false },
      { id: 'a2', name: '乙', group: 'other', leader: true },
    ];
    const next = pasteAttendeeRows(existing, [['新职务', '新单位'], ['职务二', '单位二'], ['职务三', '单位三']], { row: 0, column: 1 }, ids());
    expect(next.map((a) => [a.id, a.name, a.title, a.organisation, a.group, a.leader])).toEqual([
      ['a1', '甲', '新职务', '新单位', 'host', false],
      ['a2', '乙', '职务二', '单位二', 'other', true],
      ['new1', '', '职务三', '单位三', 'delegation', false],
    ]);
  });
});
