import type { Attendee, AttendeeGroup } from '../../../../core/model/index.ts';

/** The attendee table's columns, in the order a pasted row fills them. */
export const ATTENDEE_COLUMNS = ['name', 'title', 'organisation', 'group', 'leader'] as const;
export type AttendeeColumn = (typeof ATTENDEE_COLUMNS)[number];

const GROUP_WORDS: Record<AttendeeGroup, readonly string[]> = {
  delegation: ['delegation', '调研组', '代表团', '考察组', '来访方'],
  host: ['host', 'hosts', '接待方', '东道主', '主办方'],
  accompanying: ['accompanying', '陪同', '陪同人员'],
  other: ['other', 'others', '其他', '其它'],
};

const LEADER_WORDS = ['是', 'y', 'yes', '1', 'true', '✓', '✔', '√', 'x', '带队', 'leader'];

const HEADER_WORDS = new Set([
  '姓名', '名字', 'name', '职务', '职称', 'title', 'position', '单位', '工作单位', 'organisation', 'organization',
  '分组', '组别', '类别', 'group', 'side', '带队', '领队', 'leader',
]);

export function parseGroup(cell: string): AttendeeGroup | undefined {
  const word = cell.trim().toLowerCase();
  if (!word) return undefined;
  const match = (Object.keys(GROUP_WORDS) as AttendeeGroup[]).find((group) => GROUP_WORDS[group].includes(word));
  return match;
}

export function parseLeader(cell: string): boolean {
  return LEADER_WORDS.includes(cell.trim().toLowerCase());
}

/** A first row like "姓名 职务 单位" is the spreadsheet's header, not a person. */
export function isHeaderRow(cells: readonly string[]): boolean {
  const filled = cells.filter((c) => c !== '');
  return filled.length > 0 && filled.every((c) => HEADER_WORDS.has(c.toLowerCase()));
}

export function emptyAttendee(id: string): Attendee {
  return { id, name: '', group: 'delegation', leader: false };
}

/** Optional text fields are left out when empty, as the schema and the exporters expect. */
function withText(attendee: Attendee, field: 'title' | 'organisation', value: string): Attendee {
  const { [field]: _dropped, ...rest } = attendee;
  return value ? { ...rest, [field]: value } : rest;
}

/** One attendee with one pasted cell written into one column. */
export function fillCell(attendee: Attendee, column: AttendeeColumn, cell: string, isNew: boolean): Attendee {
  switch (column) {
    case 'name':
      return { ...attendee, name: cell };
    case 'title':
    case 'organisation':
      return withText(attendee, column, cell);
    case 'group':
      return { ...attendee, group: parseGroup(cell) ?? (isNew ? 'delegation' : attendee.group) };
    case 'leader':
      return { ...attendee, leader: parseLeader(cell) };
  }
}

export interface PasteTarget {
  /** The list index of the first row to fill; rows past the end of the list are created. */
  row: number;
  /** The column the first cell of each pasted row goes into (the focused cell's column). */
  column: number;
}

/**
 * The attendee list after pasting spreadsheet rows at a cell, as a spreadsheet would: existing rows are
 * overwritten column by column, missing rows are appended, cells past the last column are ignored.
 */
export function pasteAttendeeRows(
  attendees: readonly Attendee[],
  rows: readonly (readonly string[])[],
  target: PasteTarget,
  makeId: () => string,
): Attendee[] {
  const body = rows.length > 0 && isHeaderRow(rows[0]!) ? rows.slice(1) : rows;
  const next = [...attendees];
  const start = Math.max(0, Math.min(target.row, next.length));
  body.forEach((cells, i) => {
    const index = start + i;
    const existing = next[index];
    let attendee = existing ?? emptyAttendee(makeId());
    cells.forEach((cell, c) => {
      const column = ATTENDEE_COLUMNS[target.column + c];
      if (column) attendee = fillCell(attendee, column, cell, existing === undefined);
    });
    next[index] = attendee;
  });
  return next;
}
