import type { ListItem } from '../../../core/model/index.ts';

/**
 * Each item's number within its level, as Word counts: a deeper level restarts under every new parent item.
 * [0, 1, 1, 0, 1] → [1, 1, 2, 2, 1].
 */
export function listNumbers(items: readonly ListItem[]): number[] {
  const counters: number[] = [];
  return items.map((item) => {
    const level = item.indent ?? 0;
    counters.length = level + 1;
    counters[level] = (counters[level] ?? 0) + 1;
    for (let i = 0; i < level; i++) counters[i] ??= 0;
    return counters[level]!;
  });
}

const ORDERED_STYLES = ['decimal', 'lower-alpha', 'lower-roman'];
const BULLET_STYLES = ['disc', 'circle', 'square'];

/** The marker style of a level on screen; the preview shows the template's own numbering (1. （1） ①…). */
export function listStyleOf(ordered: boolean, level: number): string {
  const styles = ordered ? ORDERED_STYLES : BULLET_STYLES;
  return styles[level % styles.length]!;
}
