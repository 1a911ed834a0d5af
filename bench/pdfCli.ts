/**
 * `npm run bench` (part): PDF as a user waits for it, whole process. Anchors measured in the same run: a bare
 * script that launches the same Chromium, loads the same print HTML and calls page.pdf() once. Targets (issue 11):
 * a single-file `briefing export --pdf` ≤ 1.2× the bare print; the 版记 placed in one print where possible; a
 * batch of 20 reuses one browser and is ≥ 2× faster per file than 20 single runs.
 *
 * The anchor the ratio is taken against prints what ours prints: a tagged PDF with an outline (page.pdf's
 * `tagged`/`outline`), like for like; the untagged bare print is shown beside it. Runs alternate (anchor, ours,
 * anchor, ours…), so a neighbour's load on the shared machine falls on both alike.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { CHROMIUM_FLAGS, findChromium } from '../core/node/pdf/index.ts';
import { printWithFootBlock } from '../core/node/pdf/footPlacement.ts';
import { playwrightSurface } from '../core/node/pdf/playwrightSurface.ts';
import { recordFigure } from './targets.ts';

const RUNS = 5;
const bin = path.resolve('cli/bin/briefing.mjs');
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const spread = (values: number[]) => `${Math.min(...values).toFixed(2)}–${Math.max(...values).toFixed(2)}`;
function wall(args: string[]): number {
  const started = performance.now();
  const run = spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`${args.join(' ')} failed: ${run.stderr}`);
  return (performance.now() - started) / 1000;
}

function bareScript(file: string, html: string, pdf: string, tagged: boolean): string {
  writeFileSync(
    file,
    `import { chromium } from ${JSON.stringify(path.resolve('node_modules/playwright-core/index.mjs'))};
const browser = await chromium.launch({ executablePath: ${JSON.stringify(findChromium())}, args: ${JSON.stringify(CHROMIUM_FLAGS)} });
const page = await browser.newPage();
await page.goto(${JSON.stringify(`file://${html}`)});
await page.pdf({ path: ${JSON.stringify(pdf)}, preferCSSPageSize: true, printBackground: true${tagged ? ', tagged: true, outline: true' : ''} });
await browser.close();`,
  );
  return file;
}

/** How many prints the 版记's placement takes for this print HTML, in this process's own browser. */
async function placementPrints(html: string): Promise<string> {
  const { chromium } = createRequire(import.meta.url)('playwright-core') as typeof import('playwright-core');
  const browser = await chromium.launch({ executablePath: findChromium()!, args: CHROMIUM_FLAGS });
  try {
    const page = await browser.newPage();
    await page.setContent(readFileSync(html, 'utf8'), { waitUntil: 'load' });
    let prints = 0;
    let method = '';
    await printWithFootBlock(
      playwrightSurface(page),
      (fast) => {
        prints += 1;
        return page.pdf({ preferCSSPageSize: true, printBackground: true, outline: !fast, tagged: !fast });
      },
      { onPlaced: (how) => (method = how.method) },
    );
    return `${prints} print${prints === 1 ? '' : 's'} (${method === 'flow' ? 'no foot block' : method})`;
  } finally {
    await browser.close();
  }
}

const work = mkdtempSync(path.join(tmpdir(), 'briefing-pdf-bench-'));
try {
  console.log(`\nPDF, whole process (each the median of ${RUNS}, runs alternating; spread in brackets)`);
  for (const example of ['guangxi-visit', 'industry-visit-zh']) {
    const input = path.resolve('examples', example, 'briefing.json');
    const html = path.join(work, `${example}.html`);
    wall([bin, 'export', input, '--html', html]);
    const like = bareScript(path.join(work, 'bare-tagged.mjs'), html, path.join(work, 'bare.pdf'), true);
    const plain = bareScript(path.join(work, 'bare-plain.mjs'), html, path.join(work, 'bare.pdf'), false);
    const out = path.join(work, `${example}.pdf`);
    // One of each first: the compiled CLI is built and the disk cache warm before anything is timed.
    wall([like]);
    wall([bin, 'export', input, '--pdf', out]);
    const anchor: number[] = [];
    const bare: number[] = [];
    const ours: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      anchor.push(wall([like]));
      ours.push(wall([bin, 'export', input, '--pdf', out]));
      bare.push(wall([plain]));
    }
    const ratio = median(ours) / median(anchor);
    console.log(
      `  ${example}: briefing export --pdf ${median(ours).toFixed(2)} s (${spread(ours)}); bare launch + load + page.pdf, tagged + outline as ours, ` +
        `${median(anchor).toFixed(2)} s (${spread(anchor)}); ratio ${ratio.toFixed(2)} (target ≤ 1.20); ` +
        `untagged bare print ${median(bare).toFixed(2)} s (${spread(bare)}); 版记 placement: ${await placementPrints(html)}`,
    );
    recordFigure({ name: `PDF single file ${example}, whole process ÷ bare print`, value: ratio, unit: '×', target: { atMost: 1.2 } });
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
  const faster = single / (batch / 20);
  console.log(`  batch of 20: ${(batch / 20).toFixed(2)} s a file vs ${single.toFixed(2)} s for a single run; ${faster.toFixed(1)}× faster per file (target ≥ 2×)`);
  recordFigure({ name: 'PDF batch of 20, per file, faster than single runs', value: faster, unit: '×', target: { atLeast: 2 } });
} finally {
  rmSync(work, { recursive: true, force: true });
}
