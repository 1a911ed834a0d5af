import type { Briefing } from '../../../core/model/index.ts';

/**
 * The model paths the print HTML's `data-bc-path` anchors name, and nothing else: `meta` or `meta.<field>`,
 * `attendees[n]`, `sections[n]`, and below a section its sites, remarks, follow-up items, recipient lines, photos
 * and rich-text blocks (a list item is `….body[k].children[m]`). A path from the preview frame is untrusted: it
 * must match this grammar and name something the open briefing has.
 */
export type ModelPath =
  | { kind: 'meta'; field?: string }
  | { kind: 'attendee'; index: number }
  | { kind: 'section'; index: number; part?: SectionPart };

export type SectionPart =
  | { kind: 'body'; block: number; item?: number }
  | { kind: 'photo'; photo: number }
  | { kind: 'item'; list: 'sites' | 'remarks' | 'items' | 'lines'; index: number; inner?: { kind: 'body' | 'description'; block: number; item?: number } | { kind: 'photo'; photo: number } };

export const MAX_PATH_LENGTH = 120;
const N = '(0|[1-9]\\d{0,4})';
const BLOCK = `\\.(body|description)\\[${N}\\](?:\\.children\\[${N}\\])?`;
const PATTERN = new RegExp(
  `^(?:meta(?:\\.([a-zA-Z]{1,40}))?|attendees\\[${N}\\]|sections\\[${N}\\](?:\\.body\\[${N}\\](?:\\.children\\[${N}\\])?|\\.photoIds\\[${N}\\]|\\.(sites|remarks|items|lines)\\[${N}\\](?:${BLOCK}|\\.photoIds\\[${N}\\])?)?)$`,
);

export function parseModelPath(path: unknown): ModelPath | undefined {
  if (typeof path !== 'string' || path.length > MAX_PATH_LENGTH) return undefined;
  const m = PATTERN.exec(path);
  if (!m) return undefined;
  const num = (i: number) => (m[i] === undefined ? undefined : Number(m[i]));
  if (path.startsWith('meta')) return m[1] ? { kind: 'meta', field: m[1] } : { kind: 'meta' };
  if (path.startsWith('attendees')) return { kind: 'attendee', index: num(2)! };
  const index = num(3)!;
  if (m[4] !== undefined) return { kind: 'section', index, part: withItem({ kind: 'body' as const, block: num(4)! }, num(5)) };
  if (m[6] !== undefined) return { kind: 'section', index, part: { kind: 'photo', photo: num(6)! } };
  if (m[7] === undefined) return { kind: 'section', index };
  const list = m[7] as 'sites' | 'remarks' | 'items' | 'lines';
  const item = { kind: 'item' as const, list, index: num(8)! };
  if (m[9] !== undefined) return { kind: 'section', index, part: { ...item, inner: withItem({ kind: m[9] as 'body' | 'description', block: num(10)! }, num(11)) } };
  if (m[12] !== undefined) return { kind: 'section', index, part: { ...item, inner: { kind: 'photo', photo: num(12)! } } };
  return { kind: 'section', index, part: item };
}

function withItem<T extends { block: number }>(part: T, item: number | undefined): T & { item?: number } {
  return item === undefined ? part : { ...part, item };
}

const META_FIELDS = new Set(['title', 'subtitle', 'issueNumber', 'visitDate', 'startTime', 'endTime', 'location', 'organisationVisited', 'issuingOffice', 'author', 'reviewer', 'classification', 'urgency',
  // 公文 elements (issue 12)
  'copyNumber', 'secrecyLevel', 'secrecyTerm', 'urgencyLevel', 'signers', 'addressees', 'attachments', 'totalIssueNumber']);

/** Whether the path names something the briefing has (a meta field it knows, an existing row, block or photo). */
export function existsIn(path: ModelPath, briefing: Briefing): boolean {
  if (path.kind === 'meta') return path.field === undefined || META_FIELDS.has(path.field);
  if (path.kind === 'attendee') return path.index < briefing.attendees.length;
  const section = briefing.sections[path.index];
  if (!section) return false;
  const part = path.part;
  if (!part) return true;
  const has = <T>(list: readonly T[] | undefined, i: number) => list !== undefined && i < list.length;
  const blockOk = (body: readonly unknown[], block: number, item?: number) => {
    const node = body[block] as { children?: unknown[] } | undefined;
    return node !== undefined && (item === undefined || (Array.isArray(node.children) && item < node.children.length));
  };
  if (part.kind === 'body') return section.type === 'text' && blockOk(section.body, part.block, part.item);
  if (part.kind === 'photo') return section.type === 'photos' && has(section.photoIds, part.photo);
  const list: readonly unknown[] | undefined =
    part.list === 'sites' && section.type === 'sites' ? section.sites
    : part.list === 'remarks' && section.type === 'remarks' ? section.remarks
    : part.list === 'items' && section.type === 'followUps' ? section.items
    : part.list === 'lines' && section.type === 'distribution' ? section.lines
    : undefined;
  if (!has(list, part.index)) return false;
  const inner = part.inner;
  if (!inner) return true;
  if (section.type === 'sites') {
    const site = section.sites[part.index]!;
    if (inner.kind === 'photo') return has(site.photoIds, inner.photo);
    return inner.kind === 'description' && blockOk(site.description, inner.block, inner.item);
  }
  if (section.type === 'remarks' && inner.kind === 'body') return blockOk(section.remarks[part.index]!.body, inner.block, inner.item);
  return false;
}

/** The path's section, `sections[n]`, or undefined for meta and attendees. */
export const sectionOfPath = (path: ModelPath) => (path.kind === 'section' ? `sections[${path.index}]` : undefined);
