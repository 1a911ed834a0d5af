import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { E2EHarness } from '../e2e-harness/harness.ts';
import { expectNoErrors, press, select } from './specs/app.ts';
import { screenshot } from './screenshots.ts';
import { newBriefingFromTemplate } from './specs/welcome.ts';

type Box = { x: number; y: number; width: number; height: number };
const box = async (page: Page, selector: string): Promise<Box> => {
  const found = await page.locator(selector).first().boundingBox();
  if (!found) throw new Error(`${selector} is not on screen`);
  return found;
};

/** Three attendees with long organisation names, pasted as spreadsheet rows. */
async function attendees(page: Page): Promise<void> {
  await select(page, 'attendees');
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  const rows = [
    ['张晓勤', '市人大常委会副主任', '市人大常委会办公厅综合调研处', '调研组'],
    ['李伟', '处长', '市工业和信息化局产业发展处', '调研组'],
    ['陈静', '总经理', '恒远智能装备股份有限公司', '接待方'],
  ];
  await page.evaluate(`navigator.clipboard.writeText(${JSON.stringify(rows.map((r) => r.join('\t')).join('\r\n'))})`);
  await page.getByTestId('attendees-table').focus();
  await press(page, 'Mod+V');
  await expect.poll(() => page.getByTestId('attendee-row').count()).toBe(3);
}

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
] as const;

/**
 * Issue 9, item 6: on a 1280×720 laptop the middle pane keeps room to type in (cells at least a few characters
 * wide, the table scrolling sideways when it must), the preview pane is resizable by a divider that is remembered,
 * and each size is photographed for the artifacts.
 */
describe('layout on laptop and desktop screens', () => {
  const harnesses: E2EHarness[] = [];
  afterAll(() => Promise.all(harnesses.map((h) => h.close())));

  it.each(SIZES)('$width×$height: cells are wide enough to read and type in; screenshots', { timeout: 90_000 }, async (viewport) => {
    const harness = await E2EHarness.start({ language: 'zh-CN', viewport });
    harnesses.push(harness);
    const page = await harness.openApp();
    const size = `${viewport.width}x${viewport.height}`;
    await screenshot(page, `layout-${size}-welcome`);
    await newBriefingFromTemplate(page, 'cn-work-briefing');
    await screenshot(page, `layout-${size}-details`);

    const pane = await box(page, '[data-testid="editor-pane"]');
    expect(pane.width, 'middle pane').toBeGreaterThanOrEqual(520);
    await attendees(page);
    await screenshot(page, `layout-${size}-attendees`);
    // A name cell holds at least four Chinese characters, an organisation cell more.
    for (const column of ['name', 'title', 'organisation']) {
      const cell = await box(page, `[data-testid="attendee-row"] input[id$="-${column}"]`);
      expect(cell.width, `attendee ${column} cell`).toBeGreaterThanOrEqual(column === 'organisation' ? 160 : 72);
    }
    // The table fits the pane or scrolls within it; the page itself never scrolls sideways.
    expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);

    await select(page, 'followUps');
    await page.getByTestId('followup-add').click();
    const action = await box(page, '[data-testid="followup-row"] input[id$="-action"]');
    expect(action.width, 'follow-up action cell').toBeGreaterThanOrEqual(160);
    await screenshot(page, `layout-${size}-followups`);
    await page.close();
    expectNoErrors(harness.errors);
  });

  it('the preview pane is resized by dragging its divider, and keeps its width when the app starts again', { timeout: 90_000 }, async () => {
    const harness = await E2EHarness.start({ language: 'zh-CN', viewport: SIZES[0] });
    harnesses.push(harness);
    const page = await harness.openApp();
    await newBriefingFromTemplate(page, 'cn-work-briefing');
    const before = await box(page, '[data-testid="preview"]');
    const divider = page.getByTestId('preview-divider');
    expect(await divider.getAttribute('role')).toBe('separator');
    const grip = await box(page, '[data-testid="preview-divider"]');
    await page.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2);
    await page.mouse.down();
    await page.mouse.move(grip.x + grip.width / 2 + 150, grip.y + grip.height / 2, { steps: 8 });
    await page.mouse.up();
    const narrower = await box(page, '[data-testid="preview"]');
    expect(before.width - narrower.width).toBeGreaterThan(120);
    expect(before.width - narrower.width).toBeLessThan(180);

    // The keyboard moves it too (a separator's arrow keys).
    await divider.focus();
    await page.keyboard.press('ArrowLeft');
    const wider = await box(page, '[data-testid="preview"]');
    expect(wider.width).toBeGreaterThan(narrower.width);

    // Never so far that the middle pane loses its room.
    await page.mouse.move(grip.x, grip.y + grip.height / 2);
    await page.mouse.down();
    await page.mouse.move(100, grip.y + grip.height / 2, { steps: 8 });
    await page.mouse.up();
    expect((await box(page, '[data-testid="editor-pane"]')).width).toBeGreaterThanOrEqual(520);

    const remembered = (await box(page, '[data-testid="preview"]')).width;
    // The same app profile (Electron keeps the renderer's storage under userData), a new window.
    await page.close();
    const next = await (await harness.context).newPage();
    await next.goto(page.url());
    await newBriefingFromTemplate(next, 'cn-work-briefing');
    expect(Math.abs((await box(next, '[data-testid="preview"]')).width - remembered)).toBeLessThan(2);
    await next.close();
    expectNoErrors(harness.errors);
  });
});
