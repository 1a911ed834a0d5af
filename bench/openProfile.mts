/**
 * `npx tsx bench/openProfile.mts`: a CPU profile of the renderer while it opens the generated 100-page briefing
 * (Mod+O to an editable title), written as a .cpuprofile for Chrome DevTools. Set BRIEFING_E2E_RENDERER_DIR to an
 * unminified build to read function names.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { saveBriefing } from '../core/node/briefingFile.ts';
import { E2EHarness } from '../tests/e2e-harness/harness.ts';
import { press } from '../tests/e2e/specs/app.ts';
import { largeDocument } from '../tests/fixtures/large.ts';

const work = mkdtempSync(path.join(tmpdir(), 'briefing-prof-'));
const harness = await E2EHarness.start();
const doc = largeDocument({ pages: 100, photos: 40 });
const file = path.join(work, 'large.briefing');
await saveBriefing(file, doc);
const page = await harness.openApp();
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
harness.answerDialog(file);
await press(page, 'Mod+O');
await page.waitForFunction(
  (t) => (globalThis as unknown as { document: { querySelector(s: string): { value: string } | null } }).document.querySelector('#meta-title')?.value === t,
  doc.briefing.meta.title,
  { polling: 'raf' },
);
const { profile } = await cdp.send('Profiler.stop');
const out = path.join(work, 'open.cpuprofile');
writeFileSync(out, JSON.stringify(profile));
console.log(`profile: ${out}`);
await harness.close();
