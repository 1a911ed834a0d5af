/**
 * `npm run bench`: every bench part in turn, each in its own process (as each measures whole processes or its own
 * browser), then one table of issue 11's targets from the figures the parts recorded (bench/targets.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { FIGURES_FILE_ENV, held, ratioToTarget, type Figure } from './targets.ts';

const PARTS = ['run.ts', 'cli.ts', 'docxVsPandoc.ts', 'pdfCli.ts', 'ui.ts', 'uiGrowth.ts'];

const work = mkdtempSync(path.join(tmpdir(), 'briefing-bench-all-'));
const figuresFile = path.join(work, 'figures.jsonl');
const started = new Date();
let failedParts = 0;
try {
  for (const part of PARTS) {
    const run = spawnSync(process.execPath, ['--import', 'tsx', path.join('bench', part)], {
      stdio: 'inherit',
      env: { ...process.env, [FIGURES_FILE_ENV]: figuresFile },
    });
    if (run.status !== 0) {
      failedParts += 1;
      console.log(`bench/${part} failed (exit ${run.status ?? run.signal})`);
    }
  }
  const figures: Figure[] = existsSync(figuresFile)
    ? readFileSync(figuresFile, 'utf8').trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as Figure)
    : [];
  const value = (f: Figure) => (f.unit === '×' ? `${f.value.toFixed(2)}×` : f.unit === 's' ? `${f.value.toFixed(3)} s` : `${f.value.toFixed(0)} ms`);
  const bound = (f: Figure) => ('atMost' in f.target ? `≤ ${f.target.atMost}` : `≥ ${f.target.atLeast}`) + (f.unit === '×' ? '×' : ` ${f.unit}`);
  console.log(`\nissue 11 targets, this run (started ${started.toISOString()}, load at the end ${loadavg().map((l) => l.toFixed(1)).join(' / ')}):`);
  for (const f of figures) {
    console.log(`  ${held(f) ? 'held  ' : 'MISSED'} ${f.name.padEnd(62)} ${value(f).padStart(9)}  target ${bound(f).padEnd(10)} ratio ${ratioToTarget(f).toFixed(2)}`);
  }
  const missed = figures.filter((f) => !held(f)).length;
  console.log(`${figures.length - missed} of ${figures.length} targets held${failedParts ? `; ${failedParts} bench part(s) failed` : ''}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
process.exitCode = failedParts > 0 ? 1 : 0;
