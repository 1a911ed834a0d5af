import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2EHarness } from '../e2e-harness/harness.ts';
import { expectNoErrors, select } from './specs/app.ts';
import { newBriefingFromTemplate } from './specs/welcome.ts';

/**
 * Issue 9, item 7: a new briefing's title is an empty field with a placeholder, not the text 未命名简报, and a new
 * site card (or attendee row, or follow-up) does not say 必填 before the user has typed; leaving it blank does.
 */
describe('a new briefing does not start out wrong', () => {
  let harness: E2EHarness;
  beforeAll(async () => {
    harness = await E2EHarness.start({ language: 'zh-CN' });
  });
  afterAll(() => harness.close());

  it('empty title with a placeholder, and 必填 only for a field left blank', async () => {
    const page = await harness.openApp();
    await newBriefingFromTemplate(page, 'cn-work-briefing');
    const title = page.locator('#meta-title');
    expect(await title.inputValue()).toBe('');
    expect(await title.getAttribute('placeholder')).toMatch(/^如：/);
    expect(await page.getByTestId('meta-form').innerText()).not.toContain('必填');

    await select(page, 'sites');
    await page.getByTestId('site-add').click();
    const card = page.getByTestId('site-card').first();
    expect(await card.innerText()).not.toContain('必填');
    expect(await card.locator('.ant-input-status-error').count()).toBe(0);
    // In the name, then out again without typing: now it says so.
    await card.locator('input[id$="-name"]').click();
    await card.locator('input[id$="-time"]').click();
    await expect.poll(() => card.innerText()).toContain('必填');

    await select(page, 'attendees');
    await page.getByTestId('attendee-add').click();
    expect(await page.getByTestId('attendee-row').first().locator('.ant-input-status-error').count()).toBe(0);
    await select(page, 'followUps');
    await page.getByTestId('followup-add').click();
    expect(await page.getByTestId('followup-row').first().locator('.ant-input-status-error').count()).toBe(0);
    await page.close();
    expectNoErrors(harness.errors);
  });

  it('the Add-section menu names sections as the outline does, and offers no second attendees or distribution', async () => {
    const page = await harness.openApp();
    await newBriefingFromTemplate(page, 'cn-work-briefing');
    await page.getByTestId('add-section').click();
    const menu = page.locator('.ant-dropdown-menu');
    await menu.waitFor();
    for (const type of ['sites', 'remarks', 'photos', 'followUps']) {
      const outlined = await page.getByTestId(`outline-${type}`).first().locator('.bc-outline-label').innerText();
      expect(await menu.getByTestId(`add-${type}`).innerText(), type).toBe(outlined);
    }
    expect(await menu.getByTestId('add-sites').innerText()).toBe('调研行程');
    expect(await menu.getByTestId('add-attendees').count()).toBe(0);
    expect(await menu.getByTestId('add-distribution').count()).toBe(0);

    // What is added is listed under the same name.
    await menu.getByTestId('add-remarks').click();
    await expect.poll(() => page.getByTestId('outline-remarks').count()).toBe(2);
    expect(await page.getByTestId('outline-remarks').last().locator('.bc-outline-label').innerText()).toBe('座谈交流');
    await page.close();
    expectNoErrors(harness.errors);
  });
});
