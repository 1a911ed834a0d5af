import type { Locator, Page } from 'playwright-core';

/** What PagedFrame reports with each refresh (PREVIEW_REFRESHED_EVENT), in ms. */
export interface RefreshDetail {
  refreshMs: number;
  waitMs: number;
  buildMs: number;
  commitMs: number;
  loadMs: number;
  paginateMs: number;
}

export interface Refresh extends RefreshDetail {
  /** From the last keystroke to the new pages on screen. */
  ms: number;
}

/**
 * In the page (plain JavaScript, it runs there): for every keydown, the time from the event to just after the next
 * frame (rAF, then a message posted from it, which runs once the frame is committed); Event Timing's count of key
 * events slower than 16 ms; and each preview refresh.
 */
const PROBE = `(() => {
  const probe = { latencies: [], slowEvents: 0, keys: 0, refreshes: [], lastKeyAt: 0 };
  window.__probe = probe;
  addEventListener('keydown', (event) => {
    const start = event.timeStamp;
    probe.keys++;
    probe.lastKeyAt = performance.now();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => probe.latencies.push({ start, ms: performance.now() - start });
      channel.port2.postMessage(0);
    });
  }, true);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'keydown' && entry.duration > 16) probe.slowEvents++;
  }).observe({ type: 'event', durationThreshold: 16 });
  addEventListener('briefing:preview-refreshed', (event) => probe.refreshes.push({ at: performance.now(), ...event.detail }));
})()`;

export async function installLatencyProbe(page: Page): Promise<void> {
  await page.evaluate(PROBE);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))] ?? Number.NaN;
}

export interface Typing {
  count: number;
  p50: number;
  p95: number;
  max: number;
  /** p95 of the keys that did not overlap an autosave request (whose cost here is the harness's transport). */
  p95OutsideAutosave: number;
}

/**
 * Chromium flags for timing what a keystroke costs: a frame is begun as soon as one is needed instead of at the next
 * vsync tick, so keydown → frame measures the handlers, the render and the frame's own work, not the wait for the
 * display's clock (which alone spreads an idle handler uniformly over 0–16.7 ms, p95 ≈ 16 ms).
 */
export const UNTHROTTLED_FRAMES = ['--disable-gpu-vsync', '--disable-frame-rate-limit'] as const;

/**
 * The editor thread's CPU time per key over a run of typing (CDP Performance.getMetrics ThreadTime), everything
 * that thread did meanwhile divided by the keys: the keystrokes themselves, the frames they caused and what they
 * deferred (preview builds, autosave, checker requests). Independent of vsync, and less of the machine's load than
 * a latency, as it counts only the time the thread was on a core.
 */
export async function threadTimePerKey<T>(page: Page, keys: number, run: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Performance.enable');
    const threadTime = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime')?.value ?? Number.NaN;
    const before = await threadTime();
    const result = await run();
    return { result, ms: ((await threadTime()) - before) * 1000 / keys };
  } finally {
    await cdp.detach();
  }
}

/**
 * Types `keys` characters of `text` (ASCII: each a real keydown) at the field's end, one every KEY_PERIOD_MS as a
 * quick typist.
 * Timing starts once the page has settled after the click and End (see settle): what those cost is moving to the
 * field, not typing in it, and no hand reaches the keys within a millisecond of a click.
 */
export async function typeAndMeasure(page: Page, field: Locator, text: string, keys: number): Promise<Typing> {
  await field.click();
  await page.keyboard.press('End');
  await settle(page);
  return pressAndMeasure(page, (i) => text[i % text.length] ?? 'x', keys);
}

/**
 * Waits until the page has drawn two frames and then had an idle period (at most 1 s): the work a click started
 * (the preview following the caret, the checker, the outline) has run, and the End key's own frame, which the probe
 * would otherwise count as the first keystroke, has been timed before the count is reset.
 */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(
    `new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => requestIdleCallback(() => resolve(undefined), { timeout: 1000 }))))`,
  );
}

/**
 * The probe's floor: a key nothing in the app acts on (Shift, focus on no field), pressed as typing is. What a
 * keystroke in a field costs beyond this is the editor's work.
 */
export async function measureFloor(page: Page, keys: number): Promise<Typing> {
  await page.evaluate('document.activeElement instanceof HTMLElement && document.activeElement.blur()');
  return pressAndMeasure(page, () => 'Shift', keys);
}

/**
 * The typist's clock: a key every 70 ms (≈ 170 words a minute), on a fixed schedule. Pressing waits for the page to
 * take the key; waiting a fixed time after each press instead made a slow key stretch the pause after it past the
 * preview's debounce, a pause the typist never made, so one slow key set off a preview rebuild under the next ones.
 */
export const KEY_PERIOD_MS = 70;

async function pressAndMeasure(page: Page, keyAt: (i: number) => string, keys: number): Promise<Typing> {
  await page.evaluate('window.__probe.latencies = []');
  const start = performance.now();
  for (let i = 0; i < keys; i++) {
    await page.keyboard.press(keyAt(i));
    await page.waitForTimeout(Math.max(0, start + (i + 1) * KEY_PERIOD_MS - performance.now()));
  }
  await page.waitForTimeout(100);
  const keysTimed = await page.evaluate<{ start: number; ms: number }[]>('window.__probe.latencies.slice()');
  const writes = await page.evaluate<{ start: number; end: number }[]>(
    "window.__briefingTimings.filter((t) => t.channel === 'recovery:write')",
  );
  const overlaps = (k: { start: number; ms: number }) => writes.some((w) => w.start < k.start + k.ms && w.end > k.start);
  const sorted = keysTimed.map((k) => k.ms).sort((a, b) => a - b);
  const outside = keysTimed.filter((k) => !overlaps(k)).map((k) => k.ms).sort((a, b) => a - b);
  return {
    count: sorted.length,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    max: sorted.at(-1) ?? Number.NaN,
    p95OutsideAutosave: percentile(outside, 0.95),
  };
}

/** Time from the last keystroke to the preview showing the result, with its parts. */
export async function waitForRefresh(page: Page): Promise<Refresh> {
  const handle = await page.waitForFunction(
    () => {
      // Runs in the page, where PROBE installed __probe.
      const probe = (globalThis as unknown as { __probe: { lastKeyAt: number; refreshes: ({ at: number } & RefreshDetail)[] } }).__probe;
      // The refresh that shows the last keystroke: its edit happened at or after that key (not a pause before it).
      const after = probe.refreshes.find((r) => r.at - r.refreshMs >= probe.lastKeyAt);
      return after ? { ...after, ms: after.at - probe.lastKeyAt } : undefined;
    },
    undefined,
    { timeout: 30_000 },
  );
  return (await handle.jsonValue()) as Refresh;
}

export async function readLatency(page: Page): Promise<{ slowEvents: number; keys: number }> {
  return page.evaluate<{ slowEvents: number; keys: number }>('({ slowEvents: window.__probe.slowEvents, keys: window.__probe.keys })');
}
