import { describe, expect, it } from 'vitest';
import { runFuzz } from './fuzz/runFuzz.ts';

/** The bounded run of `npm test`; `npm run fuzz` runs the long one (scripts/fuzz.ts). */
describe('hostile inputs (seeded fuzz, bounded)', () => {
  it('every mutated .briefing and plain-JSON briefing ends, in time, opened or refused with a message naming the file and the field', async () => {
    const report = await runFuzz({ containers: 400, plainJson: 150, seed: Number(process.env.BRIEFING_FUZZ_SEED ?? 1201) });
    console.log(`fuzz: ${report.inputs.containers} .briefing + ${report.inputs.plainJson} plain JSON: ${report.opened} opened, ${report.refused} refused, ${report.crashes.length} crashes, ${report.hangs.length} hangs, ${report.overMemory.length} over 1 GB (peak RSS ${report.peakRssMb} MB)`);
    expect(report.crashes).toEqual([]);
    expect(report.hangs).toEqual([]);
    expect(report.overMemory).toEqual([]);
    expect(report.opened + report.refused).toBe(550);
    // Both outcomes occur: the mutator neither breaks everything nor nothing.
    expect(report.opened).toBeGreaterThan(20);
    expect(report.refused).toBeGreaterThan(200);
  }, 600_000);
});
