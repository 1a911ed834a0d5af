/**
 * `npm run bench` (part): growth in one count at a time — text sections, attendees, remarks, photos — with the rest
 * of the briefing small and fixed (issue 11: no step may be quadratic in the number of sections, attendees or
 * photos). For each step it prints the time at four doubling counts and the marginal cost of one more item between
 * the two smallest and between the two largest counts: linear growth keeps the two about equal, quadratic growth
 * makes the second about four times the first at these counts (8× the count).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkBriefing } from '../core/check/index.ts';
import { exportDocx } from '../core/export/docx/index.ts';
import { printHtml } from '../core/export/html/index.ts';
import type { Template } from '../core/template/index.ts';
import { openBriefing, saveBriefing } from '../core/node/briefingFile.ts';
import { exportPdf, type PdfRenderer } from '../core/node/pdf/index.ts';
import { resolveTemplate } from '../core/node/templates.ts';
import { briefingWith, type GrowingPart } from '../tests/fixtures/manyParts.ts';

const COUNTS: Record<GrowingPart, number[]> = {
  sections: [50, 100, 200, 400],
  attendees: [100, 200, 400, 800],
  remarks: [100, 200, 400, 800],
  photos: [25, 50, 100, 200],
};

/** Median of five runs after a warm-up, in ms. */
async function median(task: () => unknown, runs = 5): Promise<number> {
  await task();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await task();
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

type Step = 'open' | 'check' | 'HTML' | 'DOCX' | 'PDF';
const STEPS: Step[] = ['open', 'check', 'HTML', 'DOCX', 'PDF'];

export async function benchGrowthByCount(renderer: PdfRenderer): Promise<void> {
  const work = mkdtempSync(path.join(tmpdir(), 'briefing-growth-'));
  const template: Template = await resolveTemplate('cn-work-briefing');
  console.log('\ngrowth by count (cn-work-briefing; ms at each count; µs per added item between the two smallest → the two largest counts; ratio ≈ 1 is linear, ≈ 4 quadratic):');
  try {
    for (const part of Object.keys(COUNTS) as GrowingPart[]) {
      const counts = COUNTS[part];
      const times = new Map<Step, number[]>(STEPS.map((s) => [s, []]));
      for (const count of counts) {
        const doc = briefingWith(part, count);
        const file = path.join(work, `${part}-${count}.briefing`);
        await saveBriefing(file, doc);
        times.get('open')!.push(await median(() => openBriefing(file)));
        times.get('check')!.push(await median(() => checkBriefing(doc.briefing)));
        times.get('HTML')!.push(await median(() => printHtml(doc, template)));
        times.get('DOCX')!.push(await median(() => exportDocx(doc, template)));
        times.get('PDF')!.push(await median(() => exportPdf(doc, template, renderer), 1));
      }
      for (const step of STEPS) {
        const t = times.get(step)!;
        const first = ((t[1]! - t[0]!) / (counts[1]! - counts[0]!)) * 1000;
        const last = ((t[3]! - t[2]!) / (counts[3]! - counts[2]!)) * 1000;
        // Below a few µs an item (or negative: noise) a marginal cost says nothing; the ratio is printed only where it does.
        const ratio = first >= 5 && last >= 5 ? (last / first).toFixed(1) : 'n/a (flat or noise)';
        console.log(
          `  ${`${part} ${counts.join('/')}`.padEnd(28)} ${step.padEnd(5)} ${t.map((ms) => ms.toFixed(ms < 10 ? 1 : 0).padStart(6)).join(' ')} ms;` +
            ` ${first.toFixed(0).padStart(5)} → ${last.toFixed(0).padStart(5)} µs/item; ratio ${ratio}`,
        );
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
