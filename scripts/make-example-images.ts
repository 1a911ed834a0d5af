/**
 * Draws the example briefings' photos (run once; the results are committed): `npx tsx scripts/make-example-images.ts`.
 * Made in code so the repository ships no third-party pictures and nothing is downloaded. The scenes are simple
 * but recognisable (a plant under a sky, a monitoring screen, a meeting), so a reader of an exported example can
 * tell the figures apart and see that each caption sits under the right picture.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PACKAGE_ROOT } from '../core/node/paths.ts';
import { makeJpeg, makePng, type Painter } from '../tests/fixtures/images.ts';

type RGB = [number, number, number];
/** A layer paints a point given in fractions of the picture (u across, v down), or leaves it to the layers below. */
type Layer = (u: number, v: number) => RGB | undefined;

const mix = (a: RGB, b: RGB, t: number): RGB => [0, 1, 2].map((i) => Math.round(a[i]! + (b[i]! - a[i]!) * t)) as RGB;
const clamp01 = (t: number) => Math.max(0, Math.min(1, t));

const vertical = (top: RGB, bottom: RGB, from = 0, to = 1): Layer => (_u, v) => mix(top, bottom, clamp01((v - from) / (to - from)));
const band = (from: number, to: number, layer: Layer): Layer => (u, v) => (v >= from && v < to ? layer(u, v) : undefined);
const rect = (u0: number, v0: number, u1: number, v1: number, color: RGB | Layer): Layer => (u, v) =>
  u >= u0 && u < u1 && v >= v0 && v < v1 ? (typeof color === 'function' ? color(u, v) : color) : undefined;
const ellipse = (cu: number, cv: number, ru: number, rv: number, color: RGB): Layer => (u, v) =>
  ((u - cu) / ru) ** 2 + ((v - cv) / rv) ** 2 <= 1 ? color : undefined;
const hills = (base: number, amplitude: number, waves: number, phase: number, color: RGB): Layer => (u, v) =>
  v > base - amplitude * Math.sin(u * waves * Math.PI * 2 + phase) ** 2 ? mix(color, [20, 40, 20], clamp01((v - base) * 2)) : undefined;
/** A grid of windows inside a rectangle: every cell's inner part is a pane. */
const windows = (u0: number, v0: number, u1: number, v1: number, cols: number, rows: number, pane: RGB): Layer => (u, v) => {
  if (u < u0 || u >= u1 || v < v0 || v >= v1) return undefined;
  const cu = ((u - u0) / (u1 - u0)) * cols;
  const cv = ((v - v0) / (v1 - v0)) * rows;
  const inPane = cu % 1 > 0.2 && cu % 1 < 0.8 && cv % 1 > 0.25 && cv % 1 < 0.75;
  return inPane ? mix(pane, [255, 255, 255], (Math.floor(cu) * 7 + Math.floor(cv) * 3) % 5 === 0 ? 0.5 : 0) : undefined;
};

function scene(width: number, height: number, layers: Layer[]): Painter {
  const top = [...layers].reverse();
  return (x, y) => {
    const u = x / width;
    const v = y / height;
    for (const layer of top) {
      const color = layer(u, v);
      if (color) return color;
    }
    return [0, 0, 0];
  };
}

const SKY: Layer = vertical([70, 130, 200], [200, 225, 240], 0, 0.6);

/** An aluminium plant under a summer sky: hills, halls with windows, a chimney. */
const plant: Layer[] = [
  SKY,
  ellipse(0.82, 0.16, 0.05, 0.075, [255, 236, 170]),
  hills(0.5, 0.12, 1.3, 0.4, [110, 150, 140]),
  hills(0.6, 0.08, 2.1, 1.7, [70, 130, 70]),
  band(0.72, 1.01, vertical([120, 125, 110], [80, 85, 75], 0.72, 1)),
  rect(0.08, 0.48, 0.55, 0.76, [205, 208, 212]),
  windows(0.1, 0.52, 0.53, 0.72, 12, 3, [60, 90, 130]),
  rect(0.08, 0.45, 0.55, 0.49, [31, 56, 100]),
  rect(0.6, 0.36, 0.78, 0.76, [150, 180, 205]),
  windows(0.61, 0.39, 0.77, 0.74, 5, 9, [40, 70, 110]),
  rect(0.84, 0.22, 0.88, 0.76, [180, 175, 170]),
  rect(0.84, 0.3, 0.88, 0.33, [230, 60, 50]),
];

/** A monitoring wall in an exhibition hall: an open-pit mine on the big screen, monitoring points in red. */
const monitoring: Layer[] = [
  vertical([215, 210, 200], [185, 180, 170]),
  band(0.8, 1.01, vertical([120, 90, 60], [80, 60, 40], 0.8, 1)),
  rect(0.14, 0.12, 0.86, 0.7, [20, 24, 36]),
  rect(0.16, 0.15, 0.84, 0.67, vertical([70, 120, 70], [90, 140, 80], 0.15, 0.67)),
  ellipse(0.5, 0.41, 0.2, 0.19, [170, 120, 80]),
  ellipse(0.5, 0.41, 0.14, 0.13, [195, 150, 100]),
  ellipse(0.5, 0.41, 0.08, 0.075, [215, 180, 130]),
  ellipse(0.5, 0.41, 0.03, 0.03, [90, 130, 170]),
  ...[[0.3, 0.25], [0.7, 0.3], [0.62, 0.58], [0.35, 0.55], [0.5, 0.2]].map(([u, v]) => ellipse(u!, v!, 0.008, 0.011, [230, 30, 30])),
  rect(0.16, 0.6, 0.84, 0.67, [15, 30, 60]),
  rect(0.02, 0.3, 0.11, 0.75, [245, 245, 240]),
  rect(0.89, 0.3, 0.98, 0.75, [245, 245, 240]),
  ...[0, 1, 2].map((i) => rect(0.03, 0.4 + i * 0.1, 0.03 + 0.02 * (i + 2), 0.45 + i * 0.1, [31, 56, 100])),
];

/** A research meeting: a red banner, a long table, people on both sides. */
const meeting: Layer[] = [
  vertical([230, 222, 205], [210, 200, 180]),
  rect(0.2, 0.08, 0.8, 0.18, [190, 20, 30]),
  rect(0.22, 0.12, 0.78, 0.14, [240, 200, 120]),
  band(0.62, 1.01, vertical([150, 40, 40], [110, 30, 30], 0.62, 1)),
  ...Array.from({ length: 6 }, (_, i) => [
    ellipse(0.14 + i * 0.145, 0.44, 0.045, 0.1, [40, 45, 60]),
    ellipse(0.14 + i * 0.145, 0.3, 0.025, 0.05, [225, 190, 160]),
  ]).flat(),
  (u, v) => (v > 0.5 && v < 0.7 && Math.abs(u - 0.5) < 0.45 + (v - 0.5) * 0.5 ? [150, 100, 60] : undefined),
  ...Array.from({ length: 5 }, (_, i) => rect(0.18 + i * 0.15, 0.54, 0.24 + i * 0.15, 0.57, [250, 250, 250])),
  ...Array.from({ length: 4 }, (_, i) => [
    ellipse(0.2 + i * 0.2, 0.86, 0.07, 0.16, [30, 35, 45]),
    ellipse(0.2 + i * 0.2, 0.7, 0.04, 0.07, [60, 45, 35]),
  ]).flat(),
];

/** An automated production line: machines along a floor with yellow safety lines, beams overhead. */
const productionLine: Layer[] = [
  vertical([170, 180, 190], [200, 205, 210], 0, 0.5),
  ...Array.from({ length: 5 }, (_, i) => rect(0, 0.05 + i * 0.09, 1, 0.065 + i * 0.09, [120, 130, 140])),
  band(0.55, 1.01, vertical([150, 160, 150], [110, 120, 110], 0.55, 1)),
  (u, v) => (v > 0.55 && Math.abs(Math.abs(u - 0.5) - (v - 0.55) * 0.9) < 0.01 ? [240, 200, 30] : undefined),
  ...Array.from({ length: 4 }, (_, i) => [
    rect(0.05 + i * 0.24, 0.4, 0.2 + i * 0.24, 0.66, [40, 90, 160]),
    rect(0.07 + i * 0.24, 0.44, 0.13 + i * 0.24, 0.52, [170, 210, 240]),
    rect(0.15 + i * 0.24, 0.26, 0.17 + i * 0.24, 0.4, [240, 120, 20]),
    rect(0.12 + i * 0.24, 0.24, 0.2 + i * 0.24, 0.27, [240, 120, 20]),
  ]).flat(),
];

interface Photo {
  file: string;
  layers: Layer[];
  kind: 'jpeg' | 'png';
  width: number;
  height: number;
}

const PHOTOS: Record<string, Photo[]> = {
  'guangxi-visit': [
    { file: 'plant.jpg', layers: plant, kind: 'jpeg', width: 1200, height: 800 },
    { file: 'mine-monitoring.png', layers: monitoring, kind: 'png', width: 800, height: 600 },
    { file: 'research-meeting.jpg', layers: meeting, kind: 'jpeg', width: 1200, height: 800 },
  ],
  'industry-visit-zh': [
    { file: 'plant.jpg', layers: plant, kind: 'jpeg', width: 1200, height: 800 },
    { file: 'production-line.jpg', layers: productionLine, kind: 'jpeg', width: 1200, height: 800 },
    { file: 'exhibition-hall.png', layers: monitoring, kind: 'png', width: 800, height: 600 },
    { file: 'meeting.jpg', layers: meeting, kind: 'jpeg', width: 1200, height: 800 },
  ],
};

for (const [example, photos] of Object.entries(PHOTOS)) {
  const dir = path.join(PACKAGE_ROOT, 'examples', example, 'photos');
  mkdirSync(dir, { recursive: true });
  for (const photo of photos) {
    const paint = scene(photo.width, photo.height, photo.layers);
    const bytes = photo.kind === 'png' ? makePng(photo.width, photo.height, paint) : makeJpeg(photo.width, photo.height, paint, 82);
    writeFileSync(path.join(dir, photo.file), bytes);
    console.log(`wrote examples/${example}/photos/${photo.file} (${photo.width}×${photo.height}, ${Math.round(bytes.length / 1024)} KB)`);
  }
}
