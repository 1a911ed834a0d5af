import type { Briefing, TextLeaf } from '../model/index.ts';
import type { Key } from './fields.ts';
import type { FindMatch } from './match.ts';

type Range = { start: number; end: number };

function getAt(root: unknown, path: readonly Key[]): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<Key, unknown> | undefined)?.[key], root);
}

/** A copy of `root` with the value at `path` changed; everything off the path is shared, not copied. */
function setAt<T>(root: T, path: readonly Key[], change: (value: unknown) => unknown): T {
  if (path.length === 0) return change(root) as T;
  const [key, ...rest] = path;
  const node = root as unknown as Record<Key, unknown> | unknown[];
  const next = setAt((node as Record<Key, unknown>)[key!], rest, change);
  if (next === (node as Record<Key, unknown>)[key!]) return root;
  if (Array.isArray(node)) {
    const copy = [...node];
    copy[key as number] = next;
    return copy as T;
  }
  return { ...(node as Record<Key, unknown>), [key!]: next } as T;
}

function replaceRanges(text: string, ranges: readonly Range[], replacement: string): string {
  let out = text;
  for (const r of [...ranges].sort((a, b) => b.start - a.start)) out = out.slice(0, r.start) + replacement + out.slice(r.end);
  return out;
}

const sameMarks = (a: TextLeaf, b: TextLeaf) => Boolean(a.bold) === Boolean(b.bold) && Boolean(a.italic) === Boolean(b.italic) && Boolean(a.underline) === Boolean(b.underline);

/**
 * Replaces ranges of a block's leaves joined. The replacement takes the marks of the match's first character (as
 * Word does); what the match covered in later leaves is removed; emptied leaves go and equal neighbours merge.
 */
export function replaceInLeaves(leaves: readonly TextLeaf[], ranges: readonly Range[], replacement: string): TextLeaf[] {
  let current: TextLeaf[] = [...leaves];
  for (const r of [...ranges].sort((a, b) => b.start - a.start)) {
    let pos = 0;
    let inserted = false;
    current = current.map((leaf) => {
      const from = pos;
      pos += leaf.text.length;
      if (pos <= r.start || from >= r.end) return leaf;
      const before = leaf.text.slice(0, Math.max(0, r.start - from));
      const after = leaf.text.slice(Math.min(leaf.text.length, r.end - from));
      const text = before + (inserted ? '' : replacement) + after;
      inserted = true;
      return { ...leaf, text };
    });
  }
  const merged: TextLeaf[] = [];
  for (const leaf of current) {
    if (leaf.text === '') continue;
    const last = merged[merged.length - 1];
    if (last && sameMarks(last, leaf)) merged[merged.length - 1] = { ...last, text: last.text + leaf.text };
    else merged.push(leaf);
  }
  // A block keeps one leaf to hold the caret, plain when everything went.
  return merged.length > 0 ? merged : [{ text: '' }];
}

/**
 * The briefing with every given match replaced, as one new briefing (one edit, one undo step). Matches are
 * grouped by field and replaced from the end of each, so earlier offsets stay true.
 */
export function replaceMatches(briefing: Briefing, matches: readonly FindMatch[], replacement: string): Briefing {
  const byField = new Map<string, { match: FindMatch; ranges: Range[] }>();
  for (const match of matches) {
    const entry = byField.get(match.fieldPath) ?? { match, ranges: [] };
    entry.ranges.push({ start: match.start, end: match.end });
    byField.set(match.fieldPath, entry);
  }
  let next = briefing;
  for (const { match, ranges } of byField.values()) {
    const field = match.field;
    if (field.kind === 'plain') {
      next = setAt(next, field.path, (value) => (typeof value === 'string' ? replaceRanges(value, ranges, replacement) : value));
    } else {
      next = setAt(next, field.path, (block) => {
        const node = block as { children?: TextLeaf[] };
        return Array.isArray(node?.children) ? { ...node, children: replaceInLeaves(node.children, ranges, replacement) } : block;
      });
    }
  }
  return next;
}

/** Whether a match still reads what it read when found (the field may have changed since). */
export function matchIsCurrent(briefing: Briefing, match: FindMatch): boolean {
  const field = match.field;
  if (field.kind === 'plain') return getAt(briefing, field.path) === field.text;
  const block = getAt(briefing, field.path) as { children?: TextLeaf[] } | undefined;
  return Array.isArray(block?.children) && block.children.map((l) => l.text).join('') === field.text;
}
