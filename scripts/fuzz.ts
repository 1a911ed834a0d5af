// `npm run fuzz`: the long hostile-input run (5,000 .briefing and 1,500 plain-JSON mutants through the real opener
// and exporters) and 300 SIGKILLs during saves and during recovery writes. `npm test` runs bounded versions.
import { spawnSync } from 'node:child_process';
import { runFuzz } from '../tests/fuzz/runFuzz.ts';

const seed = Number(process.env.BRIEFING_FUZZ_SEED ?? Date.now() % 100_000);
const started = Date.now();
const report = await runFuzz({ containers: 5_000, plainJson: 1_500, seed });
console.log(`fuzz (seed ${seed}, ${((Date.now() - started) / 1000).toFixed(0)} s): ${report.inputs.containers} .briefing + ${report.inputs.plainJson} plain JSON mutants`);
console.log(`  ${report.opened} opened, ${report.refused} refused with a message naming the file and the field`);
console.log(`  ${report.crashes.length} crashes, ${report.hangs.length} hangs (bound 10 s each), ${report.overMemory.length} inputs over 1 GB RSS (peak ${report.peakRssMb} MB)`);
for (const line of [...report.crashes, ...report.hangs, ...report.overMemory].slice(0, 20)) console.log(`  ✗ ${line}`);

const crash = spawnSync('npx', ['vitest', 'run', '--project', 'node', 'tests/crash.save.test.ts'], {
  stdio: 'inherit',
  env: { ...process.env, BRIEFING_CRASH_KILLS: '300', BRIEFING_CRASH_KILLS_RECOVERY: '300' },
});
const failed = report.crashes.length + report.hangs.length + report.overMemory.length > 0 || crash.status !== 0;
process.exit(failed ? 1 : 0);
