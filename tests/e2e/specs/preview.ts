import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { eventually, previewText, select } from './app.ts';

/**
 * The preview frame is sandboxed into an opaque origin (so Chromium gives it its own process, and nothing in it
 * can reach the editor), and the only script that runs in it is its own page numbering: a script in the user's
 * text stays blocked by its policy.
 */
export async function previewIsSandboxed(page: Page): Promise<void> {
  const frame = page.getByTestId('preview-frame');
  await frame.waitFor();
  const sandbox = ((await frame.getAttribute('sandbox')) ?? '').split(/\s+/);
  expect(sandbox).not.toContain('allow-same-origin');
  expect(sandbox).not.toContain('allow-top-navigation');
  expect(await frame.evaluate((element) => (element as { contentDocument: unknown }).contentDocument === null)).toBe(true);
  // The policy the frame was loaded with, and keeps: own photos, inline styles, and one script, by its hash.
  const shell = (await frame.getAttribute('srcdoc')) ?? '';
  const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(shell)?.[1]?.replace(/&#39;/g, "'") ?? '';
  expect(policy).toMatch(/^default-src 'none'; img-src data: blob:; .*; script-src 'sha256-[A-Za-z0-9+/]+=*'$/);
}

/** Typing in the title shows in the preview's print HTML shortly after, without a reload of the app. */
export async function previewFollowsTyping(page: Page, extra: string): Promise<number> {
  await select(page, 'details');
  const title = page.locator('#meta-title');
  await title.click();
  await title.press('End');
  const t0 = Date.now();
  await page.keyboard.type(extra);
  await eventually(() => previewText(page), (text) => text.replace(/\s+/g, '').includes(extra.replace(/\s+/g, '')), 10_000);
  return Date.now() - t0;
}

/** Each page of the preview carries the template's page number, "— n —" or "Page n of m". */
export async function previewFolios(page: Page): Promise<string[]> {
  return page.frameLocator('[data-testid="preview-frame"]').locator('.bc-preview-folio').allInnerTexts();
}

/** Every photo in the preview has loaded (from memory, not re-encoded into the page). */
export async function previewPhotosLoaded(page: Page): Promise<number> {
  const images = page.frameLocator('[data-testid="preview-frame"]').locator('figure img');
  const sources = await images.evaluateAll((imgs) =>
    imgs.map((img) => {
      const { src = '', naturalWidth = 0 } = img as { src?: string; naturalWidth?: number };
      return { src: src.slice(0, 5), width: naturalWidth };
    }),
  );
  for (const image of sources) expect(image).toEqual({ src: 'blob:', width: expect.any(Number) as number });
  expect(sources.every((image) => image.width > 0)).toBe(true);
  return sources.length;
}

/** A fixed zoom scales the pages: at 100 % a page is as wide on screen as on paper. */
export async function zoomTo(page: Page, label: string): Promise<number> {
  await page.getByTestId('preview-zoom').click();
  await page.locator(`.ant-select-item-option[title="${label}"]`).click();
  return eventually(
    () => page.locator('.bc-paged').boundingBox().then((box) => box?.width ?? 0),
    (width) => width > 0,
  );
}

/** Scrolls the preview so the foot of page 1 and the head of page 2 show (for a screenshot of the page break). */
export async function showPageBreak(page: Page): Promise<void> {
  const pages = Number(await page.getByTestId('preview-pages').getAttribute('data-pages'));
  const height = (await page.locator('.bc-paged').boundingBox())?.height ?? 0;
  await page.locator('.bc-preview-scroll').evaluate((el, top) => ((el as { scrollTop: number }).scrollTop = top), (height / pages) * 0.7);
}
