import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2EHarness } from '../e2e-harness/harness.ts';
import { expectNoErrors, press, select } from './specs/app.ts';
import { imeType } from './specs/ime.ts';
import { newBriefingFromTemplate } from './specs/welcome.ts';

type Start = 'toolbar, field never clicked' | 'toolbar, after the field lost focus' | 'toolbar, after clicking the field' | 'shortcut, after clicking the field';
type Typing = 'keys' | 'IME';

/** A new site's empty description: its editable and its toolbar's Bold button. */
async function emptySiteDescription(page: Page): Promise<{ editable: Locator; bold: Locator }> {
  await select(page, 'sites');
  await page.getByTestId('site-add').click();
  const card = page.getByTestId('site-card').last();
  return { editable: card.getByTestId('rich-text-editable'), bold: card.locator('[data-command="bold"]') };
}

/**
 * Issue 9, item 4: Bold in an empty rich-text field. Whichever way it is switched on, the text typed next is bold,
 * the button says so while it is, and switching it off makes the next text plain again.
 */
describe('Bold in an empty field', () => {
  let harness: E2EHarness;
  beforeAll(async () => {
    harness = await E2EHarness.start({ language: 'zh-CN' });
  });
  afterAll(() => harness.close());

  const starts: Start[] = [
    'toolbar, field never clicked',
    'toolbar, after the field lost focus',
    'toolbar, after clicking the field',
    'shortcut, after clicking the field',
  ];
  const cases = starts.flatMap((start) => (['keys', 'IME'] as Typing[]).map((typing) => [start, typing] as const));
  it.each(cases)('%s, typing with %s', { timeout: 60_000 }, async (start, typing) => {
    const page = await harness.openApp();
    await newBriefingFromTemplate(page, 'cn-work-briefing');
    const { editable, bold } = await emptySiteDescription(page);
    if (start !== 'toolbar, field never clicked') await editable.click();
    if (start === 'toolbar, after the field lost focus') await page.getByTestId('site-card').last().locator('input[id$="-name"]').click();
    if (start === 'shortcut, after clicking the field') await press(page, 'Mod+B');
    else await bold.click();
    await expect.poll(() => bold.getAttribute('aria-pressed')).toBe('true');

    if (typing === 'keys') await page.keyboard.type('重点');
    else await imeType(page, 'zhongdian', '重点');
    await expect.poll(() => editable.locator('strong').allInnerTexts()).toEqual(['重点']);
    expect(await bold.getAttribute('aria-pressed')).toBe('true');

    // Off again: the button says so, and what follows is plain.
    if (start === 'shortcut, after clicking the field') await press(page, 'Mod+B');
    else await bold.click();
    await expect.poll(() => bold.getAttribute('aria-pressed')).toBe('false');
    if (typing === 'keys') await page.keyboard.type('产线');
    else await imeType(page, 'chanxian', '产线');
    await expect.poll(() => editable.innerText()).toContain('重点产线');
    expect(await editable.locator('strong').allInnerTexts()).toEqual(['重点']);
    await page.close();
    expectNoErrors(harness.errors);
  });
});
