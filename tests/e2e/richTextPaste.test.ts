import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Briefing, RichText } from '../../core/model/index.ts';
import { openBriefing } from '../../core/node/briefingFile.ts';
import { E2EHarness } from '../e2e-harness/harness.ts';
import { expectNoErrors, select } from './specs/app.ts';
import { saveAs } from './specs/files.ts';
import { pasteInto } from './specs/paste.ts';
import { newBriefingFromTemplate } from './specs/welcome.ts';

const fixture = (name: string) => readFile(path.join(import.meta.dirname, '..', 'fixtures', 'clipboard', name), 'utf8');
const textBody = (briefing: Briefing): RichText => briefing.sections.flatMap((s) => (s.type === 'text' ? s.body : []));
const preview = (page: Page) => page.frameLocator('[data-testid="preview-frame"]');

/** A new Chinese briefing's text section body, clicked (the caret in its empty paragraph). */
async function emptyBody(page: Page) {
  await newBriefingFromTemplate(page, 'cn-work-briefing');
  await select(page, 'text');
  const editable = page.getByTestId('text-editor').getByTestId('rich-text-editable');
  await editable.click();
  return editable;
}

/**
 * Issue 9, item 8 end to end: clipboard HTML as Word and WPS write it, pasted into a rich-text field in Chromium.
 * What is saved in the file and what the preview prints must both keep the numbering, the levels and the tables.
 */
describe('paste from Word and WPS into a rich-text field', () => {
  let harness: E2EHarness;
  beforeAll(async () => {
    harness = await E2EHarness.start({ language: 'zh-CN' });
  });
  afterAll(() => harness.close());

  it('a Word list with a second level: numbered, nested, no typed markers — in the file and in the preview', { timeout: 90_000 }, async () => {
    const page = await harness.openApp();
    const editable = await emptyBody(page);
    await pasteInto(editable, { 'text/html': await fixture('word-nested-list.html'), 'text/plain': '1. 建立定期会商机制' });
    await expect.poll(() => editable.locator('ol > li').count()).toBe(4);
    expect(await editable.locator('li[data-indent="1"]').allInnerTexts()).toEqual(['每季度召开一次联席会议', '会议纪要报双方领导', '智能制造生产线']);

    const nested = preview(page).locator('ol.bc-l0 > li > ol.bc-l1 > li');
    await expect.poll(() => nested.allInnerTexts()).toEqual(['每季度召开一次联席会议', '会议纪要报双方领导']);
    expect(await preview(page).locator('ul.bc-l0 > li > ul.bc-l1 > li').allInnerTexts()).toEqual(['智能制造生产线']);
    // The second level is numbered in the template's style for it (（1）, see listCss; the PDF test reads the markers).
    const style = await nested.first().evaluate((li) => (globalThis as unknown as { getComputedStyle(e: unknown): { listStyleType: string } }).getComputedStyle(li).listStyleType);
    expect(style).toBe('bc-ol-1');

    const file = path.join(harness.workDir, 'word-list.briefing');
    await saveAs(page, harness, file);
    const body = textBody((await openBriefing(file)).briefing);
    const numbered = body.find((b) => b.type === 'numbered-list');
    expect(numbered?.children.map((item) => [item.indent ?? 0, item.children.map((l) => l.text).join('')])).toEqual([
      [0, '建立定期会商机制'],
      [1, '每季度召开一次联席会议'],
      [1, '会议纪要报双方领导'],
      [0, '联合申报省级示范项目'],
    ]);
    expect(JSON.stringify(body)).not.toMatch(/"text":"\s*(1\.|a\)|·|•)/);
    await page.close();
    expectNoErrors(harness.errors);
  });

  it('a WPS list with typed "1." and "（1）" markers and margins: one numbered list with two levels', { timeout: 90_000 }, async () => {
    const page = await harness.openApp();
    const editable = await emptyBody(page);
    await pasteInto(editable, { 'text/html': await fixture('wps-margin-list.html'), 'text/plain': '下一步工作安排：' });
    await expect.poll(() => preview(page).locator('ol.bc-l1 > li').allInnerTexts()).toEqual(['梳理在建项目', '更新进度台账']);
    expect(await preview(page).locator('ol.bc-l0 > li').count()).toBe(2);
    const file = path.join(harness.workDir, 'wps-list.briefing');
    await saveAs(page, harness, file);
    const list = textBody((await openBriefing(file)).briefing).find((b) => b.type === 'numbered-list');
    expect(list?.children.map((item) => item.indent ?? 0)).toEqual([0, 1, 1, 0]);
    expect(list?.children[0]?.children.map((l) => l.text).join('')).toBe('完善项目清单');
    await page.close();
    expectNoErrors(harness.errors);
  });

  it('a Word table pasted into the middle of a paragraph arrives whole; its cells can be typed in and Tab walks them', { timeout: 90_000 }, async () => {
    const page = await harness.openApp();
    const editable = await emptyBody(page);
    await page.keyboard.type('前文后文');
    for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowLeft');
    await pasteInto(editable, { 'text/html': await fixture('word-table.html'), 'text/plain': '时间\t内容' });
    const cells = editable.locator('table tr');
    await expect.poll(() => cells.count()).toBe(3);
    expect(await editable.locator('table th').allInnerTexts()).toEqual(['时间', '内容']);

    // Into the first body cell: type, Tab to the next cell, type; Tab from the last cell adds a row.
    await editable.locator('table td').first().click();
    await page.keyboard.press('End');
    await page.keyboard.type('起');
    await page.keyboard.press('Tab');
    await page.keyboard.type('（一）');
    await editable.locator('table td').last().click();
    await page.keyboard.press('End');
    await page.keyboard.press('Tab');
    await page.keyboard.type('新行');
    await page.keyboard.press('Enter');
    await page.keyboard.type('第二行');
    await expect.poll(() => cells.count()).toBe(4);
    // Focus never left the field.
    expect(await editable.evaluate((e) => (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement === e)).toBe(true);

    await expect.poll(() => preview(page).locator('table.bc-table-text thead th').allInnerTexts()).toEqual(['时间', '内容']);
    await expect.poll(() => preview(page).locator('table.bc-table-text tbody td').allInnerTexts()).toEqual([
      '9:00起', '参观智能装配车间\n听取企业介绍（一）', '14:30', '座谈交流', '新行\n第二行', '',
    ]);

    const file = path.join(harness.workDir, 'word-table.briefing');
    await saveAs(page, harness, file);
    const body = textBody((await openBriefing(file)).briefing);
    expect(body.map((b) => b.type)).toEqual(['paragraph', 'table', 'paragraph']);
    const [before, table, after] = body;
    expect(before?.type === 'paragraph' && before.children.map((l) => l.text).join('')).toBe('前文日程安排如下：');
    expect(after?.type === 'paragraph' && after.children.map((l) => l.text).join('')).toBe('以上安排如有变动另行通知。后文');
    expect(table?.type === 'table' && table.header).toBe(true);
    expect(table?.type === 'table' && table.children.map((row) => row.children.map((cell) => cell.children.map((l) => l.text).join('')))).toEqual([
      ['时间', '内容'],
      ['9:00起', '参观智能装配车间\n听取企业介绍（一）'],
      ['14:30', '座谈交流'],
      ['新行\n第二行', ''],
    ]);
    await page.close();
    expectNoErrors(harness.errors);
  });
});
