/**
 * Issue 11's targets as figures each bench part records while it prints them; `npm run bench` (bench/all.ts)
 * gathers them into one table at the end: figure, target, ratio, held or not. Run alone, a part just prints.
 */
import { appendFileSync } from 'node:fs';

export interface Figure {
  /** What was measured, as the table shows it. */
  name: string;
  value: number;
  unit: 's' | 'ms' | '×';
  /** The figure must stay at or below this (`atMost`) or reach at least this (`atLeast`). */
  target: { atMost: number } | { atLeast: number };
}

/** Where bench/all.ts collects the figures of this run (one JSON object a line). */
export const FIGURES_FILE_ENV = 'BRIEFING_BENCH_FIGURES';

export function recordFigure(figure: Figure): void {
  const file = process.env[FIGURES_FILE_ENV];
  if (file) appendFileSync(file, `${JSON.stringify(figure)}\n`);
}

export function held(figure: Figure): boolean {
  return 'atMost' in figure.target ? figure.value <= figure.target.atMost : figure.value >= figure.target.atLeast;
}

/** How far the figure is from its bound: ≤ 1 holds for either kind of target. */
export function ratioToTarget(figure: Figure): number {
  return 'atMost' in figure.target ? figure.value / figure.target.atMost : figure.target.atLeast / figure.value;
}
