/**
 * `npm run bench` (part): PDF as a user waits for it, whole process. Anchors measured in the same run: a bare
 * script that launches the same Chromium, loads the same print HTML and calls page.pdf() once. Targets (issue 11):
 * a single-file `briefing export --pdf` ≤ 1.2× the bare print; a batch of 20 reuses one browser and is ≥ 2× faster
 * per file than 20 single runs.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findChromium } from '../core/node/pdf/findChromium.ts';

const bin = path.resolve('cli/bin/briefing.mjs');
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
function wall(args: string[]): number {
  const started = performance.now();
  const run = spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`${args.join(' ')} failed: ${run.stderr}`);
  return (performance.now() - started) / 1000;
}

const work = mkdtempSync(path.join(tmpdir(), 'briefing-pdf-bench-'));
try {
  console.log('\nPDF, whole process (each median of 3)');
  for (const example of ['guangxi-visit', 'industry-visit-zh']) {
    const input = path.resolve('examples', example, 'briefing.json');
    const html = path.join(work, `${example}.html`);
    wall([bin, 'export', input, '--html', html]);
    const bare = path.join(work, 'bare.mjs');
    writeFileSync(bare, `import { chromium } from ${JSON.stringify(path.resolve('node_modules/playwright-core/index.mjs'))};
const browser = await chromium.launch({ executablePath: ${JSON.stringify(findChromium())}, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
const page = await browser.newPage();
await page.goto(${JSON.stringify(`file://${html}`)});
await page.pdf({ path: ${JSON.stringify(path.join(work, 'bare.pdf'))}, preferCSSPageSize: true, printBackground: true });
await browser.close();`);
    const anchor = median([0, 1, 2].map(() => wall([bare])));
    const ours = median([0, 1, 2].map(() => wall([bin, 'export', input, '--pdf', path.join(work, `${example}.pdf`)])));
    console.log(`  ${example}: briefing export --pdf ${ours.toFixed(2)} s; bare launch + load + page.pdf ${anchor.toFixed(2)} s; ratio ${(ours / anchor).toFixed(2)} (target ≤ 1.20)`);
  }
  const inputs = Array.from({ length: 20 }, (_, i) => path.resolve(i % 2 ? 'examples/guangxi-visit/briefing.json' : 'examples/industry-visit-zh/briefing.json'));
  const single = median([0, 1, 2].map(() => wall([bin, 'export', inputs[0]!, '--pdf', path.join(work, 'one.pdf')])));
  const outDir = path.join(work, 'batch');
  mkdirSync(outDir);
  // Twenty inputs with distinct names, so the batch writes twenty files.
  const named = inputs.map((input, i) => {
    const copyDir = path.join(work, `in-${i}`);
    mkdirSync(copyDir);
    spawnSync('cp', ['-r', `${path.dirname(input)}/.`, copyDir]);
    return path.join(copyDir, 'briefing.json');
  });
  const batch = wall([bin, 'export', ...named, '--out-dir', outDir, '--format', 'pdf']);
  console.log(`  batch of 20: ${(batch / 20).toFixed(2)} s a file vs ${single.toFixed(2)} s for a single run; ${(single / (batch / 20)).toFixed(1)}× faster per file (target ≥ 2×)`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
