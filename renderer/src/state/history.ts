/**
 * Undo/redo over whole-document snapshots. Snapshots are cheap: edits copy only the path they change, so
 * unchanged sections and image bytes are shared between states. Rapid edits of one field coalesce into one step,
 * so undo takes back a burst of typing, not one character.
 */
export interface History<T> {
  past: T[];
  present: T;
  future: T[];
  /** The field of the last edit and when it happened, for coalescing. */
  lastKey?: string;
  lastAt: number;
}

const COALESCE_MS = 800;
const LIMIT = 200;

export function startHistory<T>(present: T): History<T> {
  return { past: [], present, future: [], lastAt: 0 };
}

export function record<T>(h: History<T>, next: T, key: string | undefined, now: number): History<T> {
  if (next === h.present) return h;
  const coalesce = key !== undefined && key === h.lastKey && now - h.lastAt < COALESCE_MS;
  const past = coalesce ? h.past : [...h.past, h.present].slice(-LIMIT);
  return { past, present: next, future: [], ...(key !== undefined ? { lastKey: key } : {}), lastAt: now };
}

export function undo<T>(h: History<T>): History<T> {
  const previous = h.past.at(-1);
  if (previous === undefined) return h;
  return { past: h.past.slice(0, -1), present: previous, future: [h.present, ...h.future], lastAt: 0 };
}

export function redo<T>(h: History<T>): History<T> {
  const [next, ...rest] = h.future;
  if (next === undefined) return h;
  return { past: [...h.past, h.present], present: next, future: rest, lastAt: 0 };
}
