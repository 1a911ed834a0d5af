/**
 * `npm run bench` (part): the `briefing` command as a user runs it, whole process, from the installed bin.
 * Target (issue 11): `briefing validate` on a small file ≤ 0.35 s wall and ≤ 0.3 s CPU. The first run after a
 * change of the sources compiles the CLI once (node_modules/.cache/briefing-cli) and is printed apart.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { recordFigure } from './targets.ts';

const bin = path.resolve('cli/bin/briefing.mjs');
const input = path.resolve('examples/guangxi-visit/briefing.json');
const timeTool = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/** Wall and CPU seconds (user + system, children included) of one whole `briefing` process. */
function run(args: string[]): { wall: number; cpu: number | undefined } {
  const started = performance.now();
  const child = timeTool
    ? spawnSync(timeTool, ['-f', '%U %S', process.execPath, bin, ...args], { encoding: 'utf8' })
    : spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
  const wall = (performance.now() - started) / 1000;
  if (child.status !== 0) throw new Error(`briefing ${args.join(' ')} failed:\n${child.stderr}`);
  const times = timeTool ? child.stderr.trim().split('\n').pop()!.split(' ').map(Number) : undefined;
  return { wall, cpu: times ? times[0]! + times[1]! : undefined };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const s = (value: number | undefined) => (value === undefined ? '   n/a' : `${value.toFixed(3)} s`);

rmSync('node_modules/.cache/briefing-cli', { recursive: true, force: true });
const first = run(['validate', input]);
const warm = Array.from({ length: 9 }, () => run(['validate', input]));
const wall = median(warm.map((r) => r.wall));
const cpus = warm.flatMap((r) => (r.cpu === undefined ? [] : [r.cpu]));
const cpu = cpus.length > 0 ? median(cpus) : undefined;
console.log('\nCLI start-up, whole process (briefing validate examples/guangxi-visit, median of 9)');
console.log(`  first run after a source change (compiles the CLI once): wall ${s(first.wall)}, CPU ${s(first.cpu)}`);
console.log(`  validate: wall ${s(wall)} (target ≤ 0.350 s, ratio ${(wall / 0.35).toFixed(2)}), CPU ${s(cpu)} (target ≤ 0.300 s${cpu === undefined ? '' : `, ratio ${(cpu / 0.3).toFixed(2)}`})`);
recordFigure({ name: 'CLI validate, small file, wall', value: wall, unit: 's', target: { atMost: 0.35 } });
if (cpu !== undefined) recordFigure({ name: 'CLI validate, small file, CPU', value: cpu, unit: 's', target: { atMost: 0.3 } });
const bare = median(Array.from({ length: 5 }, () => {
  const t0 = performance.now();
  spawnSync(process.execPath, ['-e', '0']);
  return (performance.now() - t0) / 1000;
}));
console.log(`  anchor: a bare \`node -e 0\` on this machine: wall ${s(bare)}`);
