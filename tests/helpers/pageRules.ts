/**
 * Horizontal rules on a rendered PDF page, found by scanning pixel rows (pdftoppm, greyscale): a rule is a run of
 * rows, each dark across most of the given width. Widths come back in points.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const DPI = 288;
const PX_PER_PT = DPI / 72;

export interface PageRule {
  /** Top edge, in points from the top of the page. */
  topPt: number;
  thicknessPt: number;
}

export function pageRules(pdf: Uint8Array, page: number, minWidthPt: number): PageRule[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'bc-rules-'));
  try {
    writeFileSync(path.join(dir, 'doc.pdf'), pdf);
    const pgm = execFileSync('pdftoppm', ['-r', String(DPI), '-gray', '-f', String(page), '-l', String(page), path.join(dir, 'doc.pdf')], { maxBuffer: 256 * 1024 * 1024 });
    const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 64).toString('latin1'));
    if (!header) throw new Error('pdftoppm printed no PGM image');
    const [width, height] = [Number(header[1]), Number(header[2])];
    const data = pgm.subarray(header[0].length);
    const minRun = minWidthPt * PX_PER_PT;
    const ruled = (y: number) => {
      let run = 0;
      for (let x = 0; x < width; x++) {
        run = data[y * width + x]! < 128 ? run + 1 : 0;
        if (run >= minRun) return true;
      }
      return false;
    };
    const rules: PageRule[] = [];
    let start = -1;
    for (let y = 0; y <= height; y++) {
      const on = y < height && ruled(y);
      if (on && start < 0) start = y;
      if (!on && start >= 0) {
        rules.push({ topPt: start / PX_PER_PT, thicknessPt: (y - start) / PX_PER_PT });
        start = -1;
      }
    }
    return rules;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
