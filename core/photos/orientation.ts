/**
 * EXIF orientation (tag 0x0112) says how the camera's stored pixels must be turned to stand upright: 1 upright,
 * 3 upside down, 6 turn 90° clockwise (a portrait taken with the phone held upright), 8 turn 90° anticlockwise,
 * and 2/4/5/7 the same mirrored. Anything else (absent, 0, garbage) counts as upright.
 */
export type Orientation = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

export function orientationOf(value: unknown): Orientation {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 8 ? (value as Orientation) : 1;
}

/** Whether the stored pixels must be turned or mirrored before the photo may go into a briefing. */
export function needsUpright(orientation: Orientation): boolean {
  return orientation !== 1;
}

/** Whether the upright photo's width is the stored height (a quarter turn). */
export function swapsSides(orientation: Orientation): boolean {
  return orientation >= 5;
}
