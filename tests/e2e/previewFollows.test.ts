import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2EHarness } from '../e2e-harness/harness.ts';
import { eventually, expectNoErrors, previewPages, select } from './specs/app.ts';
import { openFile } from './specs/files.ts';
import { zoomTo } from './specs/preview.ts';
import { caretBlock, clickInPreview, focusedId, previewScrollTop, previewShows, scrollPreview } from './specs/previewFollow.ts';

const EXAMPLE = path.resolve(import.meta.dirname, '../../examples/guangxi-visit/briefing.json');
// In the example: sections[5] is the text section "Summary and conclusions" (id conclusions), sections[6] the follow-ups.
const CONCLUSIONS = 5;
const FOLLOW_UPS = 6;

/** Issue 9, item 10: the preview follows the user — a click on it leads to the field, editing a section scrolls to it. */
describe('the preview follows the user', () => {
  let harness: E2EHarness;
  beforeAll(async () => {
    harness = await E2EHarness.start();
  });
  afterAll(() => harness.close());

  /** The example open at 100 %, on its details, the preview at its top: the follow-ups' heading out of view. */
  async function openAtTop() {
    const page = await harness.openApp();
    await openFile(page, harness, EXAMPLE);
    await previewPages(page);
    await zoomTo(page, '100%');
    await select(page, 'details');
    await scrollPreview(page, 0);
    expect(await previewShows(page, `sections[${FOLLOW_UPS}]`)).toBe(false);
    return page;
  }

  it('a click on a paragraph puts the cursor in that paragraph of its rich-text field; rows, sites and remarks lead to theirs', async () => {
    const page = await harness.openApp();
    await openFile(page, harness, EXAMPLE);
    await previewPages(page);
    await clickInPreview(page, `sections[${CONCLUSIONS}].body[2]`);
    await expect.poll(() => focusedId(page), { timeout: 5000 }).toBe('text-conclusions-body');
    await expect.poll(() => caretBlock(page, 'text-conclusions-body')).toBe(2);
    // A table row leads to its row: the second follow-up's action.
    await clickInPreview(page, `sections[${FOLLOW_UPS}].items[1]`);
    await expect.poll(() => focusedId(page), { timeout: 5000 }).toBe('followup-recycling-action');
    // An attendee's table row, a site's heading, a remark's paragraph (its speaker's lead-in included).
    await clickInPreview(page, 'attendees[1]');
    await expect.poll(() => focusedId(page), { timeout: 5000 }).toBe('attendee-yang-yueping-name');
    await clickInPreview(page, 'sections[2].sites[1]');
    await expect.poll(() => focusedId(page), { timeout: 5000 }).toBe('site-meeting-name');
    await clickInPreview(page, 'sections[3].remarks[1].body[1]');
    await expect.poll(() => focusedId(page), { timeout: 5000 }).toBe('remark-zhang-body');
    await expect.poll(() => caretBlock(page, 'remark-zhang-body')).toBe(1);
    // The same message from anywhere but the preview frame (here the editor's own window) leads nowhere.
    await page.evaluate(`window.postMessage({ kind: 'bc-preview-click', path: 'meta.title' }, '*')`);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await focusedId(page)).toBe('remark-zhang-body');
    expectNoErrors(harness.errors);
  });

  it('moving to another part jumps the preview to it in one step, not a scroll animation under the first keys typed there', async () => {
    const page = await openAtTop();
    const heading = `sections[${FOLLOW_UPS}]`;
    await page.evaluate(`(() => {
      window.__previewScrolls = 0;
      document.querySelector('.bc-preview-scroll').addEventListener('scroll', () => window.__previewScrolls++);
    })()`);
    await select(page, 'followUps');
    await page.locator('#followup-report-action').click();
    await page.keyboard.type(' now');
    await expect.poll(() => previewShows(page, heading), { timeout: 10_000 }).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 800));
    // A smooth scroll fires a scroll event each frame it moves (dozens here), each a repaint of the pane.
    expect(await page.evaluate('window.__previewScrolls')).toBeLessThanOrEqual(2);
    expect(await focusedId(page)).toBe('followup-report-action');
    expectNoErrors(harness.errors);
  });

  it('editing a later section scrolls the preview to it, keeps the focus, and does not jump while typing in it', async () => {
    const page = await openAtTop();
    const heading = `sections[${FOLLOW_UPS}]`;

    await select(page, 'followUps');
    const action = page.locator('#followup-report-action');
    await action.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' now');
    await expect.poll(() => previewShows(page, heading), { timeout: 10_000 }).toBe(true);
    expect(await focusedId(page)).toBe('followup-report-action');

    // Scrolled a little by the user, the section still in view: more typing in it leaves the preview where it is.
    const settled = await eventually(() => previewScrollTop(page), (top) => top > 0);
    await new Promise((resolve) => setTimeout(resolve, 600));
    await scrollPreview(page, (await previewScrollTop(page)) + 20);
    const before = await previewScrollTop(page);
    expect(before).toBeGreaterThan(settled - 1);
    await page.keyboard.type(' and later');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await previewShows(page, heading)).toBe(true);
    expect(await previewScrollTop(page)).toBe(before);
    expect(await focusedId(page)).toBe('followup-report-action');
    expectNoErrors(harness.errors);
  });
});
