import path from 'node:path';
import { writeFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2EHarness } from '../e2e-harness/harness.ts';
import { makePng } from '../fixtures/images.ts';
import { expectNoErrors, expectSaved, isDirty, press, select } from './specs/app.ts';
import { saveAs } from './specs/files.ts';
import { newBriefingFromTemplate } from './specs/welcome.ts';

type Rgba = { r: number; g: number; b: number; a: number };
type Styled = { parentElement: Styled | null };
type StyleOf = (element: Styled) => { color: string; backgroundColor: string };

/**
 * WCAG contrast of an element's text against what is painted behind it (its own background over its ancestors'),
 * from the colours the browser computes. Runs in the page (the tests' tsconfig has no DOM types, hence the casts).
 */
function contrastInPage(element: Styled): number {
  const style = (globalThis as unknown as { getComputedStyle: StyleOf }).getComputedStyle;
  const rgba = (c: string): Rgba => {
    const [r = 0, g = 0, b = 0, a = 1] = (c.match(/[\d.]+/g) ?? []).map(Number);
    return { r, g, b, a };
  };
  const over = (top: Rgba, bottom: Rgba): Rgba => ({
    r: top.r * top.a + bottom.r * (1 - top.a),
    g: top.g * top.a + bottom.g * (1 - top.a),
    b: top.b * top.a + bottom.b * (1 - top.a),
    a: 1,
  });
  const layers: Rgba[] = [];
  for (let e: Styled | null = element; e; e = e.parentElement) layers.push(rgba(style(e).backgroundColor));
  const bg = layers.reverse().reduce((painted, layer) => over(layer, painted), { r: 0, g: 0, b: 0, a: 1 });
  const fg = over(rgba(style(element).color), bg);
  const channel = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
  const lum = (c: Rgba) => 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
  const [l1, l2] = [lum(fg), lum(bg)].sort((x, y) => y - x) as [number, number];
  return (l1 + 0.05) / (l2 + 0.05);
}

async function contrastOf(page: Page, selector: string): Promise<number> {
  // Passed itself, not called from a closure: Playwright sends the function's source to the page.
  return page.locator(selector).first().evaluate(contrastInPage as unknown as (element: unknown) => number);
}

/** Issue 9, item 9's smaller things a user sees. */
describe('the smaller things a user sees', () => {
  let harness: E2EHarness;
  let photo: string;
  beforeAll(async () => {
    harness = await E2EHarness.start({ language: 'zh-CN' });
    photo = path.join(harness.workDir, 'site.png');
    await writeFile(photo, makePng(320, 200));
  });
  afterAll(() => harness.close());

  it('no raw file control ("Choose Files / No file chosen") in a site card or the photos section', async () => {
    const page = await harness.openApp();
    await newBriefingFromTemplate(page, 'cn-work-briefing');
    await select(page, 'sites');
    await page.getByTestId('site-add').click();
    await page.getByTestId('site-card').waitFor();
    expect(await page.getByTestId('site-add-photo-input').isVisible()).toBe(false);
    expect(await page.getByTestId('site-add-photo').isVisible()).toBe(true);
    await select(page, 'photos');
    expect(await page.getByTestId('photos-add-input').isVisible()).toBe(false);
    await page.close();
    expectNoErrors(harness.errors);
  });

  it('typing a character and deleting it returns the status to 已保存, in a plain and in a rich-text field', async () => {
    const page = await harness.openApp();
    await newBriefingFromTemplate(page, 'cn-work-briefing');
    await saveAs(page, harness, path.join(harness.workDir, 'typed-deleted.briefing'));
    await select(page, 'details');
    await page.locator('#meta-title').click();
    await press(page, 'End');
    await page.keyboard.type('x');
    expect(await isDirty(page)).toBe(true);
    await page.keyboard.press('Backspace');
    await expectSaved(page);
    expect(await page.getByTestId('status-saved').innerText()).toContain('已保存');

    await select(page, 'text');
    await page.getByTestId('text-editor').getByTestId('rich-text-editable').click();
    await page.keyboard.type('y');
    await expect.poll(() => isDirty(page)).toBe(true);
    await page.keyboard.press('Backspace');
    await expectSaved(page);
    await page.close();
    expectNoErrors(harness.errors);
  });

  it('deleting a row, a site or a photo says 已删除 · 撤销, and 撤销 brings it back', async () => {
    const page = await harness.openApp();
    await newBriefingFromTemplate(page, 'cn-work-briefing');
    const deleteAndUndo = async (rows: string, remove: () => Promise<void>) => {
      const count = await page.getByTestId(rows).count();
      await remove();
      await expect.poll(() => page.getByTestId(rows).count()).toBe(count - 1);
      const notice = page.getByTestId('deleted-notice').last();
      await notice.waitFor();
      expect((await notice.innerText()).replace(/\s+/g, ' ')).toBe('已删除 · 撤销');
      await notice.getByTestId('deleted-undo').click();
      await expect.poll(() => page.getByTestId(rows).count()).toBe(count);
    };

    await select(page, 'attendees');
    await page.getByTestId('attendee-add').click();
    await page.getByTestId('attendee-row').first().locator('input[id$="-name"]').fill('张三');
    await deleteAndUndo('attendee-row', () => page.getByRole('button', { name: /删除第 1 行/ }).click());
    expect(await page.getByTestId('attendee-row').first().locator('input[id$="-name"]').inputValue()).toBe('张三');

    await select(page, 'sites');
    await page.getByTestId('site-add').click();
    await deleteAndUndo('site-card', () => page.getByRole('button', { name: /删除调研点 1/ }).click());

    await select(page, 'photos');
    await page.getByTestId('photos-add-input').setInputFiles(photo);
    await page.getByTestId('photo-card').waitFor();
    await deleteAndUndo('photo-card', () => page.getByRole('button', { name: /删除照片 1/ }).click());
    await page.close();
    expectNoErrors(harness.errors);
  });
});

describe.each(['dark', 'light'] as const)('%s mode', (colorScheme) => {
  let harness: E2EHarness;
  beforeAll(async () => {
    harness = await E2EHarness.start({ language: 'zh-CN', colorScheme });
  });
  afterAll(() => harness.close());

  it('the selected outline entry reads at a contrast of at least 4.5:1, as do the others', async () => {
    const page = await harness.openApp();
    await newBriefingFromTemplate(page, 'cn-work-briefing');
    await select(page, 'attendees');
    const selected = await contrastOf(page, '.bc-outline-row.is-selected .bc-outline-label');
    const details = await contrastOf(page, '.bc-outline-details');
    expect(selected, 'selected entry').toBeGreaterThanOrEqual(4.5);
    expect(details, 'an entry not selected').toBeGreaterThanOrEqual(4.5);
    await select(page, 'details');
    expect(await contrastOf(page, '.bc-outline-details.is-selected'), 'selected details').toBeGreaterThanOrEqual(4.5);
    await page.close();
    expectNoErrors(harness.errors);
  });
});
