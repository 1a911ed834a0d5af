import Papa from 'papaparse';
import { ATTENDEE_GROUPS, type AttendeeGroup } from '../model/index.ts';
import type { Person } from './schema.ts';

/** The fields a directory table can fill, in the order a pasted or exported table has them. */
export const PEOPLE_FIELDS = ['name', 'title', 'organisation', 'group'] as const;
export type PeopleField = (typeof PEOPLE_FIELDS)[number];
/** Which column (0-based) feeds which field; a field without a column stays empty. */
export type ColumnMapping = Partial<Record<PeopleField, number>>;

const HEADER_WORDS: Record<PeopleField, readonly string[]> = {
  name: ['姓名', '名字', '人员', 'name', 'full name'],
  title: ['职务', '职称', '职位', 'title', 'position', 'rank'],
  organisation: ['单位', '工作单位', '部门', '机构', 'organisation', 'organization', 'agency', 'department'],
  group: ['分组', '类别', '身份', 'group', 'side', 'role'],
};

const GROUP_WORDS: Record<AttendeeGroup, readonly string[]> = {
  delegation: ['delegation', '调研组', '来访方', '代表团', '考察团', '来宾'],
  host: ['host', 'hosts', '接待方', '主办方', '东道方'],
  accompanying: ['accompanying', '陪同', '陪同人员'],
  other: ['other', '其他', '其它'],
};

const norm = (s: string) => s.normalize('NFKC').trim().toLowerCase();

/** A side written as the app writes it in either language; undefined for anything else. */
export function parseGroup(value: string): AttendeeGroup | undefined {
  const v = norm(value);
  if (!v) return undefined;
  return ATTENDEE_GROUPS.find((g) => GROUP_WORDS[g].some((w) => norm(w) === v));
}

/** Reads a header row: known column names give the mapping. Without a header, the app's own order is assumed. */
export function guessMapping(firstRow: readonly string[]): { mapping: ColumnMapping; hasHeader: boolean } {
  const mapping: ColumnMapping = {};
  firstRow.forEach((cell, column) => {
    const field = PEOPLE_FIELDS.find((f) => mapping[f] === undefined && HEADER_WORDS[f].some((w) => norm(w) === norm(cell)));
    if (field) mapping[field] = column;
  });
  if (mapping.name !== undefined) return { mapping, hasHeader: true };
  return { mapping: { name: 0, title: 1, organisation: 2, group: 3 }, hasHeader: false };
}

export interface ImportedRows {
  people: Omit<Person, 'id'>[];
  /** Rows skipped, 1-based as a spreadsheet numbers them, with why. */
  skipped: { row: number; reason: 'no-name' | 'bad-group'; value?: string }[];
}

/** Table rows to directory entries through a mapping. A row without a name is skipped and reported. */
export function rowsToPeople(rows: readonly (readonly string[])[], mapping: ColumnMapping, hasHeader: boolean): ImportedRows {
  const people: Omit<Person, 'id'>[] = [];
  const skipped: ImportedRows['skipped'] = [];
  const cell = (row: readonly string[], field: PeopleField) => {
    const column = mapping[field];
    return column === undefined ? '' : (row[column] ?? '').trim().slice(0, 200);
  };
  rows.forEach((row, index) => {
    if (hasHeader && index === 0) return;
    const rowNumber = index + 1;
    if (row.every((c) => c.trim() === '')) return;
    const name = cell(row, 'name');
    if (!name) return void skipped.push({ row: rowNumber, reason: 'no-name' });
    const groupText = cell(row, 'group');
    const group = parseGroup(groupText);
    if (groupText && !group) skipped.push({ row: rowNumber, reason: 'bad-group', value: groupText });
    const title = cell(row, 'title');
    const organisation = cell(row, 'organisation');
    people.push({ name, ...(title ? { title } : {}), ...(organisation ? { organisation } : {}), ...(group ? { group } : {}) });
  });
  return { people, skipped };
}

/** Tab-separated clipboard text (Excel, WPS) or CSV text as rows of cells; papaparse handles the quoting. */
export function parseTableText(text: string, delimiter: '\t' | ',' | 'auto' = 'auto'): string[][] {
  const chosen = delimiter === 'auto' ? (text.includes('\t') ? '\t' : ',') : delimiter;
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter: chosen, skipEmptyLines: 'greedy' });
  return result.data.map((row) => row.map((c) => String(c ?? '')));
}

/**
 * The directory as CSV for Excel and WPS: a UTF-8 byte-order mark first (without it Excel reads Chinese as
 * mojibake), one header row in the user's language, quoted where needed.
 */
export function peopleToCsv(people: readonly Person[], headers: Record<PeopleField, string>, groupLabel: (g: AttendeeGroup) => string): string {
  const rows = people.map((p) => [p.name, p.title ?? '', p.organisation ?? '', p.group ? groupLabel(p.group) : '']);
  // Formula injection: a cell starting with = + - @ would run in Excel; a leading apostrophe keeps it text.
  const safe = rows.map((row) => row.map((c) => (/^[=+\-@]/.test(c) ? `'${c}` : c)));
  return `\uFEFF${Papa.unparse([PEOPLE_FIELDS.map((f) => headers[f]), ...safe], { newline: '\r\n' })}\r\n`;
}
