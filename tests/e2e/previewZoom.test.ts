import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2EHarness } from '../e2e-harness/harness.ts';
import { expectNoErrors, MOD, previewPages } from './specs/app.ts';
import { newBriefingFromTemplate } from './specs/welcome.ts';

const sheetWidth = (page: Page) => page.locator('.bc-paged').boundingBox().then((box) => box?.width ?? 0);
const zoomShown = (page: Page) => page.getByTestId('preview-zoom').innerText();

async function ctrlWheel(page: Page, x: number, y: number, deltaY: number): Promise<void> {
  await page.mouse.move(x, y);
  await page.keyboard.down(MOD);
  await page.mouse.wheel(0, deltaY);
  await page.keyboard.up(MOD);
}

/** Issue 9, item 10: Ctrl+wheel zooms the preview, over the pages (inside the frame) and over the margin around them. */
describe('Ctrl+wheel zooms the preview', () => {
  let harness: E2EHarness;
  beforeAll(async () => {
    harness = await E2EHarness.start({ language: 'zh-CN' });
  });
  afterAll(() => harness.close());

  it('in over the pages, out over the margin, by the zoom menu\'s steps', async () => {
    const page = await harness.openApp();
    await newBriefingFromTemplate(page, 'cn-work-briefing');
    await previewPages(page);
    const fit = await sheetWidth(page);
    expect(await zoomShown(page)).toBe('适合宽度');

    const sheet = (await page.locator('.bc-paged').boundingBox())!;
    await ctrlWheel(page, sheet.x + sheet.width / 2, sheet.y + 200, -100);
    await expect.poll(() => zoomShown(page)).toMatch(/%$/);
    await expect.poll(() => sheetWidth(page)).toBeGreaterThan(fit * 1.05);
    const zoomedIn = await sheetWidth(page);

    const scroller = (await page.locator('.bc-preview-scroll').boundingBox())!;
    await ctrlWheel(page, scroller.x + 3, scroller.y + scroller.height - 10, 100);
    await expect.poll(() => sheetWidth(page)).toBeLessThan(zoomedIn * 0.95);
    // The page itself did not zoom.
    expect(await page.evaluate('window.visualViewport ? window.visualViewport.scale : 1')).toBe(1);
    await page.close();
    expectNoErrors(harness.errors);
  });
});
