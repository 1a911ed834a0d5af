/**
 * `npm run bench` (part): the app's figures of issue 11 at 25, 50, 100 and 200 pages (photos 0.4 × pages), so their
 * growth is visible: open → editable excluding the harness transfer, the first preview, the renderer's JS heap,
 * the preview refresh after typing stops, and typing latency in a plain field. Same harness and probes as bench/ui.ts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { saveBriefing } from '../core/node/briefingFile.ts';
import { E2EHarness } from '../tests/e2e-harness/harness.ts';
import { previewPages, select } from '../tests/e2e/specs/app.ts';
import { largeDocument } from '../tests/fixtures/large.ts';
import { openLarge } from './uiOpen.ts';
import { installLatencyProbe, typeAndMeasure, waitForRefresh } from './uiProbes.ts';

const ms = (value: number) => `${value.toFixed(0)} ms`.padStart(7);

const work = mkdtempSync(path.join(tmpdir(), 'briefing-bench-ui-growth-'));
console.log('\napp figures by size (each size in a fresh app window):');
console.log(['pages', 'open*', 'preview', 'JS heap', 'refresh', 'typing p95†'].map((h, i) => (i === 0 ? h.padEnd(12) : h.padStart(12))).join(''));
try {
  for (const pages of [25, 50, 100, 200]) {
    const harness = await E2EHarness.start();
    try {
      const doc = largeDocument({ pages, photos: Math.round(pages * 0.4) });
      const file = path.join(work, `large-${pages}.briefing`);
      await saveBriefing(file, doc);
      const page = await harness.openApp();
      const open = await openLarge(page, harness, file, doc.briefing.meta.title);
      const t1 = performance.now();
      const shown = await previewPages(page);
      const firstPreview = performance.now() - t1 + open.renderer;
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('HeapProfiler.collectGarbage');
      const heap = await cdp.send('Runtime.getHeapUsage');
      await cdp.detach();
      await installLatencyProbe(page);
      await select(page, 'details');
      const typing = await typeAndMeasure(page, page.locator('#meta-title'), ' draft', 40);
      const refresh = await waitForRefresh(page);
      console.log(
        [`${pages} (${shown} pp)`.padEnd(12), ...[ms(open.host + open.renderer), ms(firstPreview), `${(heap.usedSize / 1024 / 1024).toFixed(1)} MB`, ms(refresh.ms), ms(typing.p95)].map((cell) => cell.padStart(12))].join(''),
      );
    } finally {
      await harness.close();
    }
  }
  console.log('* open → editable excluding the harness transfer. † keydown → next vsync-aligned frame, title field, 40 keys (includes the 0–16.7 ms wait');
  console.log('  for the display clock; bench/ui.ts prints the keystroke cost without it). Targets at 100 pages (bench/ui.ts): open ≤ 500 ms, refresh ≤ 150 ms.');
} finally {
  rmSync(work, { recursive: true, force: true });
}
