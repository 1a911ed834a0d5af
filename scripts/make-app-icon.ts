/**
 * The app icon at the 1024 × 1024 px electron-builder wants (it derives .icns and .ico from it): the same design
 * as assets/icon.png — a navy disc in a gold ring around a gold diamond — drawn in code and smoothed by
 * supersampling. Full-bleed navy instead of white corners, so no platform shows a white square behind it.
 *   npx tsx scripts/make-app-icon.ts   → assets/app-icon.png
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makePng, type Painter } from '../tests/fixtures/images.ts';

export const APP_ICON = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'assets', 'app-icon.png');
export const ICON_SIZE = 1024;

type Rgb = [number, number, number];
const NAVY: Rgb = [31, 56, 100];
const GOLD: Rgb = [201, 162, 39];
const DEEP: Rgb = [22, 40, 72];
const SAMPLES = 4;

/** Colour at a point in unit coordinates (0..1 across the icon). */
function shade(u: number, v: number): Rgb {
  const dx = u - 0.5;
  const dy = v - 0.5;
  const r = Math.hypot(dx, dy);
  if (Math.abs(dx) + Math.abs(dy) <= 0.28) return GOLD;
  if (r <= 0.43) return NAVY;
  if (r <= 0.48) return GOLD;
  return DEEP;
}

export function iconPainter(size: number): Painter {
  return (x, y) => {
    const sum: Rgb = [0, 0, 0];
    for (let i = 0; i < SAMPLES; i++) {
      for (let j = 0; j < SAMPLES; j++) {
        const c = shade((x + (i + 0.5) / SAMPLES) / size, (y + (j + 0.5) / SAMPLES) / size);
        for (let k = 0; k < 3; k++) sum[k]! += c[k]!;
      }
    }
    return sum.map((s) => Math.round(s / (SAMPLES * SAMPLES))) as Rgb;
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(APP_ICON, makePng(ICON_SIZE, ICON_SIZE, iconPainter(ICON_SIZE)));
  console.log(`wrote ${path.relative(process.cwd(), APP_ICON)} (${ICON_SIZE} × ${ICON_SIZE})`);
}
