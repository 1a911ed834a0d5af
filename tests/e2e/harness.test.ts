import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS, type BriefingApi } from '../../core/ipc/index.ts';
import { E2EHarness } from '../e2e-harness/harness.ts';
import { makePng } from '../fixtures/images.ts';
import { expectNoErrors } from './specs/app.ts';

/** The harness itself: the same window.briefing as the preload, bytes across the binding, the app's CSP. */
describe('e2e harness', () => {
  let harness: E2EHarness;
  beforeAll(async () => {
    harness = await E2EHarness.start();
  });
  afterAll(() => harness.close());

  it('installs one function per contract channel before the app runs, and the app boots with no error', async () => {
    const page = await harness.openApp();
    const keys = await page.evaluate<string[]>('Object.keys(window.briefing).sort()');
    expect(keys).toEqual([...CHANNELS, 'on'].sort());
    expectNoErrors(harness.errors);
  });

  it('carries image bytes both ways as Uint8Array (template assets out, a recovery document in and out)', async () => {
    const page = await harness.openApp();
    const png = makePng(6, 4);
    const result = await page.evaluate(async (bytes) => {
      // Runs in the page, where the harness installed the API.
      const api = (globalThis as unknown as { briefing: BriefingApi }).briefing;
      const got = await api['templates:get']({ id: 'en-visit-report' });
      if (!got.ok) throw new Error('template not loaded');
      const logo = got.template.assets['logo.png'];
      const briefing = {
        formatVersion: 3 as const,
        meta: { title: 'Bytes', visitDate: '2026-01-02', language: 'en' as const, templateId: 'en-visit-report' },
        attendees: [],
        sections: [],
        media: [{ id: 'm1', mimeType: 'image/png' as const, width: 6, height: 4 }],
      };
      const written = await api['recovery:write']({ key: 'bytes-test', document: { briefing, media: { m1: bytes } } });
      const read = await api['recovery:read']({ key: 'bytes-test' });
      await api['recovery:discard']({ key: 'bytes-test' });
      const back = read.ok ? read.document.media['m1'] : undefined;
      return {
        logoIsBytes: logo instanceof Uint8Array,
        pngSignature: logo ? Array.from(logo.subarray(0, 4)) : [],
        written: written.ok,
        backIsBytes: back instanceof Uint8Array,
        argIsBytes: bytes instanceof Uint8Array,
        same: back !== undefined && back.length === bytes.length && back.every((b: number, i: number) => b === bytes[i]),
      };
    }, png);
    expect(result).toEqual({
      logoIsBytes: true,
      pngSignature: [137, 80, 78, 71],
      written: true,
      backIsBytes: true,
      argIsBytes: true,
      same: true,
    });
  });

  it('serves the renderer with the CSP of index.html, which blocks inline script', async () => {
    const page = await harness.openApp();
    const response = await page.goto(page.url());
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    // An inline script is refused by the policy (Playwright's addScriptTag reports the refusal as an error).
    await page.addScriptTag({ content: 'window.__inlineRan = true' }).catch(() => undefined);
    expect(await page.evaluate<boolean>('window.__inlineRan === true')).toBe(false);
  });
});
