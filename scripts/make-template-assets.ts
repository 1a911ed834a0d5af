/**
 * Draws the built-in templates' images (run once; the results are committed): `npx tsx scripts/make-template-assets.ts`.
 * Made in code so nothing is downloaded and the pictures can be re-made at any size.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { makePng } from '../tests/fixtures/images.ts';
import { BUILTIN_TEMPLATES_DIR } from '../core/node/paths.ts';

const size = 240;
const navy: [number, number, number] = [31, 56, 100];
const gold: [number, number, number] = [201, 162, 39];
const white: [number, number, number] = [255, 255, 255];
const logo = makePng(size, size, (x, y) => {
  const cx = x - size / 2;
  const cy = y - size / 2;
  const r = Math.hypot(cx, cy);
  if (r > size / 2 - 2) return white;
  if (Math.abs(cx) + Math.abs(cy) < size * 0.28) return gold;
  return r > size / 2 - 14 ? gold : navy;
});
writeFileSync(path.join(BUILTIN_TEMPLATES_DIR, 'en-visit-report', 'logo.png'), logo);
console.log('wrote en-visit-report/logo.png');
