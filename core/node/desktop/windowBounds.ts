import { z } from 'zod';

export const WindowStateSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  maximized: z.boolean().default(false),
});
export type WindowState = z.infer<typeof WindowStateSchema>;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const MIN_SIZE = { width: 900, height: 600 };
const DEFAULT_SIZE = { width: 1360, height: 880 };
/** How much of the title bar must lie on a screen for the window to count as reachable there. */
const GRAB = { width: 120, height: 32 };

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/**
 * Where to reopen the window: where it was, unless that place is no longer on any screen (a monitor unplugged,
 * a resolution changed), in which case it is centred (no x/y) at its old size, shrunk to fit the largest screen.
 */
export function restoreBounds(saved: WindowState | undefined, workAreas: readonly Rect[]): { bounds: Partial<Rect> & { width: number; height: number }; maximized: boolean } {
  const largest = workAreas.reduce((a, b) => (b.width * b.height > a.width * a.height ? b : a), workAreas[0] ?? { x: 0, y: 0, ...DEFAULT_SIZE });
  const fit = (value: number, min: number, max: number) => Math.max(Math.min(value, max), Math.min(min, max));
  const width = fit(saved?.width ?? DEFAULT_SIZE.width, MIN_SIZE.width, largest.width);
  const height = fit(saved?.height ?? DEFAULT_SIZE.height, MIN_SIZE.height, largest.height);
  const maximized = saved?.maximized ?? false;
  if (saved?.x === undefined || saved.y === undefined) return { bounds: { width, height }, maximized };
  const titleBar = { x: saved.x, y: saved.y, width, height: GRAB.height };
  const reachable = workAreas.some((area) => {
    const o = overlap(titleBar, area);
    return o.width >= GRAB.width && o.height >= GRAB.height;
  });
  return reachable ? { bounds: { x: saved.x, y: saved.y, width, height }, maximized } : { bounds: { width, height }, maximized };
}
