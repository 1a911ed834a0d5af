import type { Page } from 'playwright-core';
import type { E2EHarness } from '../tests/e2e-harness/harness.ts';
import { press } from '../tests/e2e/specs/app.ts';

/**
 * Opens `file` through File ▸ Open and times it to an editable view, split into the host's work, the renderer's
 * and what is left: the harness's own transfer of the document between Node and the page (an Electron app pays
 * structured-clone IPC instead).
 */
export async function openLarge(page: Page, harness: E2EHarness, file: string, title: string) {
  const t0 = performance.now();
  harness.answerDialog(file);
  await press(page, 'Mod+O');
  const editableAt = await page.waitForFunction(
    (expected) => {
      // Runs in the page (typed structurally: this file is compiled without the DOM library).
      const page = globalThis as unknown as { document: { querySelector(s: string): { value: string; disabled: boolean } | null } };
      const input = page.document.querySelector('#meta-title');
      return input && input.value === expected && !input.disabled ? performance.now() : undefined;
    },
    title,
    { polling: 'raf', timeout: 60_000 },
  );
  const total = performance.now() - t0;
  const pageEditable = (await editableAt.jsonValue()) as number;
  const opened = await page.evaluate<{ end: number } | undefined>(
    "window.__briefingTimings.findLast((t) => t.channel === 'document:open')",
  );
  const host = harness.hostTimings.findLast((t) => t.channel === 'document:open')?.ms ?? 0;
  const renderer = opened ? pageEditable - opened.end : Number.NaN;
  return { total, host, renderer, transfer: total - host - renderer };
}
