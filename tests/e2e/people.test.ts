import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { E2EHarness } from '../e2e-harness/harness.ts';
import { expectNoErrors, MOD, press, select } from './specs/app.ts';
import { saveAs } from './specs/files.ts';
import { imeType } from './specs/ime.ts';
import { newBriefingFromTemplate } from './specs/welcome.ts';
import { makeXlsx } from '../fixtures/xlsx.ts';

const DIRECTORY = {
  formatVersion: 1,
  people: [
    { id: 'p-wangfang', name: '王芳', title: '主任', organisation: '市发改委', group: 'host' },
    { id: 'p-wangqiang', name: '王强', title: '处长', organisation: '市财政局', group: 'delegation' },
    { id: 'p-liuyang', name: '刘洋', title: '副局长', organisation: '市教育局' },
  ],
};

const names = (page: Page) =>
  page.locator('[data-testid="attendee-row"] input[id$="-name"]').evaluateAll((inputs) => inputs.map((input) => (input as { value?: string }).value ?? ''));
const row = (page: Page, index: number) => page.getByTestId('attendee-row').nth(index);

async function pasteRows(page: Page, rows: string[][]) {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate(`navigator.clipboard.writeText(${JSON.stringify(rows.map((r) => r.join('\t')).join('\r\n'))})`);
  await page.getByTestId('attendees-table').focus();
  await press(page, 'Mod+V');
}

/** Issue 12, item 2: the people directory, completion from it, and protocol order. */
describe('the people directory in the editor', () => {
  let harness: E2EHarness;
  beforeAll(async () => {
    harness = await E2EHarness.start({ language: 'zh-CN' });
  });
  // Each test (and its retry) starts from the same directory.
  beforeEach(() => writeFile(path.join(harness.userDataDir, 'people.json'), JSON.stringify(DIRECTORY)));
  afterAll(() => harness.close());

  it('completes an attendee typed with the IME from the directory, filling title, organisation and side; the speaker field too', async () => {
    const page = await harness.openApp();
    await newBriefingFromTemplate(page, 'cn-work-briefing');
    await select(page, 'attendees');
    await page.getByTestId('attendee-add').click();
    const name = row(page, 0).locator('input[id$="-name"]');
    await name.click();
    await imeType(page, 'wang', '王');
    const options = page.locator('.ant-select-item-option');
    await expect.poll(() => options.allInnerTexts()).toEqual(['王芳 · 主任 · 市发改委', '王强 · 处长 · 市财政局']);
    await options.filter({ hasText: '王芳' }).click();
    await expect.poll(() => name.inputValue()).toBe('王芳');
    expect(await row(page, 0).locator('input[id$="-title"]').inputValue()).toBe('主任');
    expect(await row(page, 0).locator('input[id$="-organisation"]').inputValue()).toBe('市发改委');
    expect(await row(page, 0).locator('.ant-select-content').last().innerText()).toBe('接待方');
    // One pick is one undo step: the whole row goes back to what was typed.
    await press(page, 'Mod+Z');
    await expect.poll(() => name.inputValue()).toBe('王');
    expect(await row(page, 0).locator('input[id$="-title"]').inputValue()).toBe('');
    await press(page, 'Mod+Y');
    await expect.poll(() => name.inputValue()).toBe('王芳');

    // The speaker of a remark: the attendee first, then the directory's others.
    await select(page, 'remarks');
    await page.getByTestId('remark-add').click();
    const speaker = page.getByTestId('remark-card').last().locator('input[id$="-speaker"]');
    await speaker.click();
    await speaker.fill('刘');
    await page.locator('.ant-select-item-option', { hasText: '刘洋 · 副局长 · 市教育局' }).click();
    await expect.poll(() => speaker.inputValue()).toBe('刘洋');

    // Saving remembers who attended; a person typed here appears in the directory after.
    await select(page, 'attendees');
    await page.getByTestId('attendee-add').click();
    await row(page, 1).locator('input[id$="-name"]').fill('赵强');
    await row(page, 1).locator('input[id$="-organisation"]').fill('省发改委');
    await saveAs(page, harness, path.join(harness.workDir, 'people.briefing'));
    await expect
      .poll(async () => (JSON.parse(await readFile(path.join(harness.userDataDir, 'people.json'), 'utf8')) as typeof DIRECTORY).people.map((p) => p.name))
      .toEqual(['王芳', '王强', '刘洋', '赵强']);
    await page.close();
    expectNoErrors(harness.errors);
  });

  it('sorts a side by surname strokes (丁 2, 王 4, 刘 6, 赵 9, 黄 11) and by pinyin, each one undo step', async () => {
    const page = await harness.openApp();
    await newBriefingFromTemplate(page, 'cn-work-briefing');
    await select(page, 'attendees');
    const pasted = ['黄敏', '赵强', '丁一', '刘洋', '王芳'];
    await pasteRows(page, pasted.map((n) => [n, '委员', '', '调研组', '']));
    await expect.poll(() => names(page)).toEqual(pasted);
    await page.getByTestId('attendee-sort').click();
    await page.getByTestId('attendee-sort-delegation-stroke').click();
    await expect.poll(() => names(page)).toEqual(['丁一', '王芳', '刘洋', '赵强', '黄敏']);
    await page.getByTestId('attendee-sort').click();
    await page.getByTestId('attendee-sort-delegation-pinyin').click();
    await expect.poll(() => names(page)).toEqual(['丁一', '黄敏', '刘洋', '王芳', '赵强']);
    await page.keyboard.press(`${MOD}+z`);
    await expect.poll(() => names(page)).toEqual(['丁一', '王芳', '刘洋', '赵强', '黄敏']);
    await page.keyboard.press(`${MOD}+z`);
    await expect.poll(() => names(page)).toEqual(pasted);
    await page.close();
    expectNoErrors(harness.errors);
  });

  it('imports an .xlsx file after a column-mapping preview, from the welcome view', async () => {
    const xlsx = path.join(harness.workDir, 'people.xlsx');
    await writeFile(xlsx, makeXlsx([['序号', '姓名', '单位', '职务'], ['1', '丁一', '市统计局', '局长'], ['2', '黄敏', '省教育厅', '厅长']]));
    const page = await harness.openApp();
    await page.getByTestId('welcome-people').click();
    await page.getByTestId('people-dialog').waitFor();
    await page.getByTestId('people-import').click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('people-import-file').click();
    await (await chooser).setFiles(xlsx);
    const preview = page.getByTestId('people-import-preview-row');
    await expect.poll(() => preview.allInnerTexts()).toEqual(['丁一\t局长\t市统计局\t', '黄敏\t厅长\t省教育厅\t']);
    // The header named the columns; the user can still change one: no title from this file.
    await page.getByTestId('people-import-map-title').click();
    await page.locator('.ant-select-item-option', { hasText: '（不导入）' }).last().click();
    await expect.poll(() => preview.allInnerTexts()).toEqual(['丁一\t\t市统计局\t', '黄敏\t\t省教育厅\t']);
    await page.getByTestId('people-import-ok').click();
    await page.getByTestId('people-save').click();
    await expect
      .poll(async () => (JSON.parse(await readFile(path.join(harness.userDataDir, 'people.json'), 'utf8')) as typeof DIRECTORY).people.map((p) => [p.name, p.title ?? '', p.organisation ?? '']))
      .toEqual([
        ['王芳', '主任', '市发改委'],
        ['王强', '处长', '市财政局'],
        ['刘洋', '副局长', '市教育局'],
        ['丁一', '', '市统计局'],
        ['黄敏', '', '省教育厅'],
      ]);
    await page.close();
    expectNoErrors(harness.errors);
  });

  it('edits the directory: a new title is offered to the open briefing; import a pasted table; export CSV', async () => {
    const page = await harness.openApp();
    await newBriefingFromTemplate(page, 'cn-work-briefing');
    await select(page, 'attendees');
    await page.getByTestId('attendee-add').click();
    await row(page, 0).locator('input[id$="-name"]').click();
    await imeType(page, 'wangfang', '王芳');
    await page.locator('.ant-select-item-option', { hasText: '王芳 · 主任' }).click();
    await expect.poll(() => row(page, 0).locator('input[id$="-title"]').inputValue()).toBe('主任');

    await page.getByTestId('attendee-people').click();
    const dialog = page.getByTestId('people-dialog');
    await dialog.waitFor();
    const wang = dialog.locator('[data-testid="people-row"][data-person-id="p-wangfang"]');
    await wang.getByRole('textbox', { name: /职务/ }).fill('党组书记、主任');

    // Import: a WPS table with its own column order, mapped by its header.
    await page.getByTestId('people-import').click();
    await page.getByTestId('people-import-text').fill('单位\t姓名\t职务\n省教育厅\t黄敏\t厅长\n\t\t无名');
    await expect.poll(() => page.getByTestId('people-import-preview-row').count()).toBe(1);
    expect(await page.getByTestId('people-import-dialog').innerText()).toContain('第 3 行没有姓名，已跳过');
    await page.getByTestId('people-import-ok').click();
    await expect.poll(() => dialog.getByTestId('people-row').count()).toBe(4);

    const download = page.waitForEvent('download');
    await page.getByTestId('people-export').click();
    const csvFile = path.join(harness.workDir, 'people.csv');
    await (await download).saveAs(csvFile);
    const csv = await readFile(csvFile, 'utf8');
    expect(csv.startsWith('\uFEFF姓名,职务,单位,分组\r\n')).toBe(true);
    expect(csv).toContain('王芳,党组书记、主任,市发改委,接待方');
    expect(csv).toContain('黄敏,厅长,省教育厅,');

    await page.getByTestId('people-save').click();
    const offer = page.getByTestId('people-update-title');
    await offer.waitFor();
    expect(await offer.innerText()).toBe('当前简报中王芳的职务是“主任”，是否改为“党组书记、主任”？');
    await page.getByRole('button', { name: '更新简报' }).click();
    await expect.poll(() => row(page, 0).locator('input[id$="-title"]').inputValue()).toBe('党组书记、主任');
    const stored = JSON.parse(await readFile(path.join(harness.userDataDir, 'people.json'), 'utf8')) as typeof DIRECTORY;
    expect(stored.people.find((p) => p.id === 'p-wangfang')?.title).toBe('党组书记、主任');
    expect(stored.people.map((p) => p.name)).toContain('黄敏');
    await page.close();
    expectNoErrors(harness.errors);
  });
});
