import { applyFixes, type Finding } from '../../../../core/check/index.ts';
import type { Briefing } from '../../../../core/model/index.ts';

type Key = string | number;

/** "sections[2].body[4].children[1]" → ['sections', 2, 'body', 4, 'children', 1]. */
export function pathKeys(path: string): Key[] {
  const keys: Key[] = [];
  for (const part of path.split('.')) {
    const match = /^([^[]*)((?:\[\d+\])*)$/.exec(part);
    if (!match) return [];
    if (match[1]) keys.push(match[1]);
    for (const index of match[2]!.matchAll(/\[(\d+)\]/g)) keys.push(Number(index[1]));
  }
  return keys;
}

function getIn(value: unknown, keys: readonly Key[]): unknown {
  let at: unknown = value;
  for (const key of keys) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<Key, unknown>)[key];
  }
  return at;
}

/** The value with the node at `keys` replaced, copying only the path to it. */
function setIn(value: unknown, keys: readonly Key[], next: unknown): unknown {
  if (keys.length === 0) return next;
  const [key, ...rest] = keys as [Key, ...Key[]];
  if (Array.isArray(value) && typeof key === 'number') {
    const copy = [...value];
    copy[key] = setIn(value[key], rest, next);
    return copy;
  }
  const record = value as Record<string, unknown>;
  return { ...record, [key]: setIn(record[key], rest, next) };
}

interface Leaf {
  text: string;
}
const isLeaf = (node: unknown): node is Leaf => typeof node === 'object' && node !== null && typeof (node as Leaf).text === 'string';

/** One replacement in a block's leaves, the range over their texts concatenated; marks stay with their text. */
function replaceInLeaves(leaves: readonly Leaf[], start: number, end: number, fix: string): Leaf[] {
  let offset = 0;
  let inserted = false;
  const next = leaves.map((leaf) => {
    const s = offset;
    const e = offset + leaf.text.length;
    offset = e;
    const holdsStart = !inserted && start >= s && start <= e;
    const from = Math.max(start, s) - s;
    const to = Math.min(end, e) - s;
    if (!holdsStart && to <= from) return leaf;
    if (holdsStart) inserted = true;
    const text = leaf.text.slice(0, from) + (holdsStart ? fix : '') + leaf.text.slice(Math.max(from, to));
    return { ...leaf, text };
  });
  const kept = next.filter((leaf) => leaf.text !== '');
  return kept.length > 0 ? kept : [{ ...leaves[0]!, text: '' }];
}

function fixField(value: unknown, findings: readonly Finding[]): unknown {
  if (typeof value === 'string') return applyFixes(value, findings);
  const children = (value as { children?: unknown[] } | undefined)?.children;
  if (!children || !children.every(isLeaf)) return value;
  // The same choice as applyFixes (from the end, overlaps dropped), applied leaf by leaf.
  const fixable = findings.filter((f) => f.range && f.fix !== undefined).sort((a, b) => a.range!.start - b.range!.start);
  const kept: Finding[] = [];
  let end = -1;
  for (const f of fixable) {
    if (f.range!.start < end) continue;
    kept.push(f);
    end = f.range!.end;
  }
  const leaves = kept.reduceRight<Leaf[]>((acc, f) => replaceInLeaves(acc, f.range!.start, f.range!.end, f.fix!), children);
  return { ...(value as object), children: leaves };
}

/** The briefing with these findings' fixes applied, each field once: one edit, so one undo step. */
export function fixFindings(briefing: Briefing, findings: readonly Finding[]): Briefing {
  const byPath = new Map<string, Finding[]>();
  for (const f of findings) {
    if (!f.range || f.fix === undefined) continue;
    byPath.set(f.path, [...(byPath.get(f.path) ?? []), f]);
  }
  let next: unknown = briefing;
  for (const [path, group] of byPath) {
    const keys = pathKeys(path);
    if (keys.length === 0) continue;
    const before = getIn(next, keys);
    const after = fixField(before, group);
    if (after !== before) next = setIn(next, keys, after);
  }
  return next as Briefing;
}
