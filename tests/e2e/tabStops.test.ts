import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2EHarness } from '../e2e-harness/harness.ts';
import { expectNoErrors } from './specs/app.ts';
import { newBriefingFromTemplate } from './specs/welcome.ts';

/** What has the keyboard focus: its test id or id, and whether it is inside the middle pane. */
const focused = (page: Page) =>
  page.evaluate(`(() => {
    const e = document.activeElement;
    return { id: e?.id ?? '', testid: e?.getAttribute('data-testid') ?? '', label: e?.getAttribute('aria-label') ?? e?.textContent ?? '',
      pressed: e?.getAttribute('aria-pressed') ?? '', inPane: Boolean(e?.closest('[data-testid="editor-pane"]')) };
  })()`) as Promise<{ id: string; testid: string; label: string; pressed: string; inPane: boolean }>;

/** Issue 9, item 9: the toolbar and the outline do not take 31 Tab stops before the first field, and stay usable by keyboard. */
describe('Tab reaches the first field quickly', () => {
  let harness: E2EHarness;
  beforeAll(async () => {
    harness = await E2EHarness.start({ language: 'zh-CN' });
  });
  afterAll(() => harness.close());

  it('toolbar and outline are one Tab stop each; arrows reach every button, grip and eye', async () => {
    const page = await harness.openApp();
    await newBriefingFromTemplate(page, 'cn-work-briefing');
    await page.locator('body').evaluate('(b) => { document.activeElement?.blur(); }');
    let presses = 0;
    for (; presses < 40; presses++) {
      await page.keyboard.press('Tab');
      if ((await focused(page)).inPane) break;
    }
    // Toolbar, outline, Add section, then the title.
    expect(presses + 1, 'Tab presses to the first field').toBeLessThanOrEqual(4);
    expect((await focused(page)).id).toBe('meta-title');

    // Back into the outline: its one stop is the current entry; ↓ walks the names, → is the eye, Enter hides.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    expect((await focused(page)).testid).toBe('outline-details');
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowDown');
    expect((await focused(page)).label).toContain('下一步工作');
    await page.keyboard.press('ArrowRight');
    expect((await focused(page)).testid).toBe('outline-visibility');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).pressed).toBe('true');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect((await focused(page)).testid).toBe('drag-handle');

    // The toolbar: → moves along its buttons.
    await page.getByTestId('command-save').focus();
    await page.keyboard.press('ArrowRight');
    expect((await focused(page)).testid).toBe('command-saveAs');
    await page.close();
    expectNoErrors(harness.errors);
  });
});
