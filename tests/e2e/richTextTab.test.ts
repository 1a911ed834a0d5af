import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Briefing } from '../../core/model/index.ts';
import { openBriefing } from '../../core/node/briefingFile.ts';
import { E2EHarness } from '../e2e-harness/harness.ts';
import { expectNoErrors, press, select } from './specs/app.ts';
import { saveAs } from './specs/files.ts';
import { newBriefingFromTemplate } from './specs/welcome.ts';

const focusIsIn = (page: Page, field: Locator) =>
  field.evaluate((e) => (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement === e);
const indents = (field: Locator) => field.locator('li').evaluateAll((items) => items.map((li) => Number((li as unknown as { dataset: { indent?: string } }).dataset.indent)));
const savedIndents = (briefing: Briefing) =>
  briefing.sections.flatMap((s) => (s.type === 'text' ? s.body : [])).flatMap((b) => (b.type === 'numbered-list' ? b.children.map((item) => item.indent ?? 0) : []));
const preview = (page: Page) => page.frameLocator('[data-testid="preview-frame"]');

/**
 * Issue 9, item 9 (Tab in a list item): Tab indents it, Shift+Tab outdents it, undo puts it back — in the field,
 * the preview and the saved file. Outside lists and tables Tab still moves the focus on.
 */
describe('Tab and Shift+Tab in a rich-text list', () => {
  let harness: E2EHarness;
  beforeAll(async () => {
    harness = await E2EHarness.start({ language: 'zh-CN' });
  });
  afterAll(() => harness.close());

  it('indents and outdents list items, one level at a time; undo restores; the preview nests them', { timeout: 90_000 }, async () => {
    const page = await harness.openApp();
    await newBriefingFromTemplate(page, 'cn-work-briefing');
    await select(page, 'text');
    const field = page.getByTestId('text-editor').getByTestId('rich-text-editable');
    await field.click();
    await page.getByTestId('text-editor').locator('[data-command="numberedList"]').click();
    await page.keyboard.type('第一项');
    await page.keyboard.press('Enter');
    await page.keyboard.type('第二项');
    await page.keyboard.press('Enter');
    await page.keyboard.type('第三项');
    await expect.poll(() => indents(field)).toEqual([0, 0, 0]);
    await page.waitForTimeout(1000); // the typing is one undo step, the Tab below the next

    // The third item goes under the second; a second Tab cannot put it two levels below the item before it.
    await page.keyboard.press('Tab');
    await expect.poll(() => indents(field)).toEqual([0, 0, 1]);
    await page.keyboard.press('Tab');
    await expect.poll(() => indents(field)).toEqual([0, 0, 1]);
    expect(await focusIsIn(page, field)).toBe(true);
    await expect.poll(() => preview(page).locator('ol.bc-l0 > li > ol.bc-l1 > li').allInnerTexts()).toEqual(['第三项']);

    // The first item has no item to go under: Tab keeps it, and the focus, where they are.
    await field.locator('li').first().click();
    await page.keyboard.press('Tab');
    await page.waitForTimeout(300);
    expect(await indents(field)).toEqual([0, 0, 1]);
    expect(await focusIsIn(page, field)).toBe(true);

    await field.locator('li').nth(1).click();
    await page.keyboard.press('Tab');
    await expect.poll(() => indents(field)).toEqual([0, 1, 1]);
    await page.waitForTimeout(1000);

    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => indents(field)).toEqual([0, 0, 1]);
    expect(await focusIsIn(page, field)).toBe(true);

    await press(page, 'Mod+Z');
    await expect.poll(() => indents(field)).toEqual([0, 1, 1]);
    await expect.poll(() => preview(page).locator('ol.bc-l1 > li').allInnerTexts()).toEqual(['第二项', '第三项']);

    const file = path.join(harness.workDir, 'tab-indent.briefing');
    await saveAs(page, harness, file);
    expect(savedIndents((await openBriefing(file)).briefing)).toEqual([0, 1, 1]);

    // At the list's own level Shift+Tab is not the list's: the focus moves back out of the field, as anywhere.
    await field.locator('li').first().click();
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => focusIsIn(page, field)).toBe(false);
    expect(await indents(field)).toEqual([0, 1, 1]);
    await page.close();
    expectNoErrors(harness.errors);
  });

  it('in a plain paragraph Tab moves the focus on and changes nothing', { timeout: 60_000 }, async () => {
    const page = await harness.openApp();
    await newBriefingFromTemplate(page, 'cn-work-briefing');
    await select(page, 'text');
    const field = page.getByTestId('text-editor').getByTestId('rich-text-editable');
    await field.click();
    await page.keyboard.type('正文');
    await page.keyboard.press('Tab');
    await expect.poll(() => focusIsIn(page, field)).toBe(false);
    expect((await field.innerText()).replace(/\uFEFF/g, '').trim()).toBe('正文');
    await page.close();
    expectNoErrors(harness.errors);
  });
});

describe('a table from the toolbar', () => {
  let harness: E2EHarness;
  beforeAll(async () => {
    harness = await E2EHarness.start({ language: 'zh-CN' });
  });
  afterAll(() => harness.close());

  it('Insert table puts a table with a header row in; typing and Tab fill its cells; the preview and the file have it', { timeout: 90_000 }, async () => {
    const page = await harness.openApp();
    await newBriefingFromTemplate(page, 'cn-work-briefing');
    await select(page, 'text');
    const editor = page.getByTestId('text-editor');
    const field = editor.getByTestId('rich-text-editable');
    await field.click();
    await page.keyboard.type('日程：');
    await editor.getByRole('button', { name: '插入表格' }).click();
    await expect.poll(() => field.locator('table tr').count()).toBe(3);
    for (const text of ['时间', '地点', '内容', '9:00', '展厅', '参观']) {
      await page.keyboard.type(text);
      await page.keyboard.press('Tab');
    }
    expect(await focusIsIn(page, field)).toBe(true);
    await expect.poll(() => preview(page).locator('table.bc-table-text thead th').allInnerTexts()).toEqual(['时间', '地点', '内容']);
    await expect.poll(() => preview(page).locator('table.bc-table-text tbody tr').first().locator('td').allInnerTexts()).toEqual(['9:00', '展厅', '参观']);
    const file = path.join(harness.workDir, 'toolbar-table.briefing');
    await saveAs(page, harness, file);
    const body = (await openBriefing(file)).briefing.sections.flatMap((s) => (s.type === 'text' ? s.body : []));
    const table = body.find((b) => b.type === 'table');
    expect(table?.type === 'table' && table.children.map((r) => r.children.map((c) => c.children.map((l) => l.text).join('')))).toEqual([
      ['时间', '地点', '内容'],
      ['9:00', '展厅', '参观'],
      ['', '', ''],
    ]);
    await page.close();
    expectNoErrors(harness.errors);
  });
});
