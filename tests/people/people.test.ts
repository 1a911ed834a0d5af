import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Attendee } from '../../core/model/index.ts';
import { PeopleStore } from '../../core/node/people/index.ts';
import {
  addPeople,
  findPeople,
  guessMapping,
  mergePeople,
  parseTableText,
  peopleToCsv,
  recordAttendees,
  rowsToPeople,
  sortGroup,
  type Person,
} from '../../core/people/index.ts';

const attendee = (name: string, extra: Partial<Attendee> = {}): Attendee => ({ id: `a-${name}`, name, group: 'host', leader: false, ...extra });
let n = 0;
const ids = () => `p-${++n}`;

describe('the people directory', () => {
  it('remembers attendees once per name and organisation, taking the latest title', () => {
    const first = recordAttendees([], [attendee('王芳', { title: '副主任', organisation: '市发改委' }), attendee(' ')], new Date('2026-01-01'), ids);
    expect(first).toMatchObject([{ name: '王芳', title: '副主任', organisation: '市发改委', group: 'host' }]);
    const second = recordAttendees(
      first,
      [attendee('王芳', { title: '主任', organisation: '市发改委' }), attendee('王芳', { organisation: '市财政局', group: 'delegation' })],
      new Date('2026-02-01'),
      ids,
    );
    expect(second.map((p) => [p.name, p.title, p.organisation])).toEqual([
      ['王芳', '主任', '市发改委'],
      ['王芳', undefined, '市财政局'],
    ]);
    expect(second[0]!.id).toBe(first[0]!.id);
  });

  it('merges duplicates, filling what the kept entry lacks', () => {
    const people: Person[] = [
      { id: 'p-a', name: '李明' },
      { id: 'p-b', name: '李明', title: '处长', organisation: '市教育局', group: 'host' },
      { id: 'p-c', name: '赵强' },
    ];
    expect(mergePeople(people, 'p-a', ['p-b'])).toEqual([
      { id: 'p-a', name: '李明', title: '处长', organisation: '市教育局', group: 'host' },
      { id: 'p-c', name: '赵强' },
    ]);
  });

  it('completes by prefix first', () => {
    const people: Person[] = [{ id: '1', name: '张王' }, { id: '2', name: '王芳' }, { id: '3', name: '李四' }];
    expect(findPeople(people, '王').map((p) => p.name)).toEqual(['王芳', '张王']);
    expect(findPeople(people, '  ')).toEqual([]);
  });

  it('imports a pasted WPS table with a header, mapping columns by name and reporting skipped rows', () => {
    const rows = parseTableText('单位\t姓名\t职务\t分组\n市发改委\t王芳\t主任\t接待方\n市财政局\t\t处长\t\n省厅\t刘洋\t厅长\t外宾');
    const { mapping, hasHeader } = guessMapping(rows[0]!);
    expect(hasHeader).toBe(true);
    expect(mapping).toEqual({ organisation: 0, name: 1, title: 2, group: 3 });
    const imported = rowsToPeople(rows, mapping, hasHeader);
    expect(imported.people).toEqual([
      { name: '王芳', title: '主任', organisation: '市发改委', group: 'host' },
      { name: '刘洋', title: '厅长', organisation: '省厅' },
    ]);
    expect(imported.skipped).toEqual([{ row: 3, reason: 'no-name' }, { row: 4, reason: 'bad-group', value: '外宾' }]);
    expect(addPeople([{ id: 'x', name: '王芳', organisation: '市发改委' }], imported.people, ids)).toHaveLength(2);
  });

  it('reads CSV with quoted commas, and writes CSV Excel opens as UTF-8, formulas defused', () => {
    const rows = parseTableText('\uFEFFname,title,organisation\n"Smith, Jane",Director,"Dept ""A"""\n');
    expect(rowsToPeople(rows, guessMapping(rows[0]!).mapping, true).people).toEqual([{ name: 'Smith, Jane', title: 'Director', organisation: 'Dept "A"' }]);
    const csv = peopleToCsv(
      [{ id: '1', name: '王芳', title: '=HYPERLINK("x")', organisation: '市发改委, 办公室', group: 'host' }],
      { name: '姓名', title: '职务', organisation: '单位', group: '分组' },
      (g) => (g === 'host' ? '接待方' : g),
    );
    expect(csv.startsWith('\uFEFF姓名,职务,单位,分组\r\n')).toBe(true);
    expect(csv).toContain(`王芳,"'=HYPERLINK(""x"")","市发改委, 办公室",接待方`);
  });

  it('sorts one side by surname strokes (丁 2, 王 4, 刘 6, 赵 9, 黄 11) or pinyin, the leader first, other sides untouched', () => {
    const list = [
      attendee('黄敏'),
      attendee('外宾甲', { group: 'delegation' }),
      attendee('赵强'),
      attendee('周主任', { leader: true }),
      attendee('丁一'),
      attendee('刘洋'),
      attendee('王芳'),
    ];
    const byStroke = sortGroup(list, 'host', 'stroke');
    expect(byStroke.map((a) => a.name)).toEqual(['周主任', '外宾甲', '丁一', '王芳', '刘洋', '赵强', '黄敏']);
    expect(sortGroup(list, 'host', 'pinyin').map((a) => a.name)).toEqual(['周主任', '外宾甲', '丁一', '黄敏', '刘洋', '王芳', '赵强']);
  });

  it('stores the directory atomically, and leaves a damaged file alone with a message naming it', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'people-'));
    try {
      const store = new PeopleStore(dir, () => new Date('2026-03-01T00:00:00Z'));
      await store.record([attendee('王芳', { title: '主任' })]);
      await store.record([attendee('王芳', { title: '主任' }), attendee('刘洋')]);
      expect((await store.list()).map((p) => p.name)).toEqual(['王芳', '刘洋']);
      const file = path.join(dir, 'people.json');
      await writeFile(file, '{"formatVersion":1,"people":[{"id":"p-1"}]}');
      await expect(store.list()).rejects.toThrow(`${file}: people[0].name: required`);
      await expect(store.record([attendee('新人')])).rejects.toThrow(/people\[0\]\.name/);
      expect(await readFile(file, 'utf8')).toBe('{"formatVersion":1,"people":[{"id":"p-1"}]}');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
