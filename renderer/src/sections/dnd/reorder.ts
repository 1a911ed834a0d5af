import type { DragEndEvent } from '@dnd-kit/core';

/** The move a finished drag asks for, by position in the list; undefined when dropped in place or outside. */
export function dragEndMove(ids: readonly string[], event: Pick<DragEndEvent, 'active' | 'over'>) {
  const over = event.over;
  if (!over || over.id === event.active.id) return undefined;
  const from = ids.indexOf(String(event.active.id));
  const to = ids.indexOf(String(over.id));
  return from < 0 || to < 0 ? undefined : { from, to };
}
