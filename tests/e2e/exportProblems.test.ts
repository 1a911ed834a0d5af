import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2EHarness } from '../e2e-harness/harness.ts';
import { expectNoErrors, press, select } from './specs/app.ts';
import { newBriefingFromTemplate } from './specs/welcome.ts';

/** Six named attendees pasted as spreadsheet rows, then a seventh added and left blank. */
async function sevenAttendeesLastBlank(page: Page): Promise<void> {
  await select(page, 'attendees');
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  const rows = ['甲', '乙', '丙', '丁', '戊', '己'].map((name) => `${name}\t职务\t单位\t调研组`).join('\r\n');
  await page.evaluate(`navigator.clipboard.writeText(${JSON.stringify(rows)})`);
  await page.getByTestId('attendees-table').focus();
  await press(page, 'Mod+V');
  await expect.poll(() => page.getByTestId('attendee-row').count()).toBe(6);
  await page.getByTestId('attendee-add').click();
  await expect.poll(() => page.getByTestId('attendee-row').count()).toBe(7);
}

const CASES = {
  'zh-CN': {
    template: 'cn-work-briefing',
    problems: ['基本信息：标题未填写', '参加人员第7行：姓名未填写', '调研行程第1项：名称未填写'],
    folderGone: '要保存到的文件夹已不存在',
  },
  en: {
    template: 'en-visit-report',
    problems: ['Document details: Title is not filled in', 'Attendees, row 7: Name is not filled in', 'Sites visited, item 1: Name is not filled in'],
    folderGone: 'The folder to save in is no longer there',
  },
} as const;

/** Whether the element has the keyboard focus (the tests' tsconfig has no DOM types, hence the cast). */
const isFocused = (locator: Locator) =>
  locator.evaluate((element) => (element as unknown as { ownerDocument: { activeElement: unknown } }).ownerDocument.activeElement === element);

const problemsIn = (page: Page) => page.getByTestId('export-problems').locator('li').allInnerTexts();
/** The count an outline entry's problem mark says, or null when it has none. */
async function marked(page: Page, entry: string): Promise<string | null> {
  const mark = page.getByTestId(entry).first().getByTestId('outline-problems');
  return (await mark.count()) === 0 ? null : mark.getAttribute('data-count');
}

/**
 * Issue 9, item 5: before asking where to save, the export says what it needs, in the UI language, with each
 * field's label and position; each entry takes the user to the field; the outline marks where; export failures
 * say what happened and what to do.
 */
describe.each(Object.keys(CASES) as (keyof typeof CASES)[])('errors a user can act on (%s)', (language) => {
  let harness: E2EHarness;
  beforeAll(async () => {
    harness = await E2EHarness.start({ language });
  });
  afterAll(() => harness.close());

  it('blanks are listed before any save dialog, each one goes to its field, and the outline marks them', { timeout: 90_000 }, async () => {
    const c = CASES[language];
    const page = await harness.openApp();
    await newBriefingFromTemplate(page, c.template);
    await select(page, 'details');
    await page.locator('#meta-title').fill('');
    await sevenAttendeesLastBlank(page);
    await select(page, 'sites');
    await page.getByTestId('site-add').click();
    // Nothing is marked before the user asks to export.
    expect(await page.getByTestId('outline-problems').count()).toBe(0);

    const dialogsBefore = harness.dialogCalls.length;
    await page.getByTestId('command-export').click();
    await expect.poll(() => problemsIn(page)).toEqual([...c.problems]);
    expect(await page.getByTestId('export-run').isDisabled()).toBe(true);
    expect(harness.dialogCalls.length, 'no save dialog before the problems are fixed').toBe(dialogsBefore);
    expect(await marked(page, 'outline-details')).toBe('1');
    expect(await marked(page, 'outline-attendees')).toBe('1');
    expect(await marked(page, 'outline-sites')).toBe('1');

    // The attendee entry takes the user to the seventh row's name, with the cursor in it.
    await page.getByTestId('export-problems').getByRole('button', { name: c.problems[1] }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    const seventh = page.getByTestId('attendee-row').nth(6).locator('input[id$="-name"]');
    await expect.poll(() => isFocused(seventh)).toBe(true);
    await page.keyboard.type('庚');
    await expect.poll(() => marked(page, 'outline-attendees')).toBe(null);
    expect(await marked(page, 'outline-sites')).toBe('1');

    // The site entry: the first site's name.
    await page.getByTestId('command-export').click();
    await expect.poll(() => problemsIn(page)).toEqual([c.problems[0], c.problems[2]]);
    await page.getByTestId('export-problems').getByRole('button', { name: c.problems[2] }).click();
    const siteName = page.getByTestId('site-card').first().locator('input[id$="-name"]');
    await expect.poll(() => isFocused(siteName)).toBe(true);
    await page.close();
    expectNoErrors(harness.errors);
  });

  it('an export that fails says what happened and what to do, in the UI language', { timeout: 90_000 }, async () => {
    const c = CASES[language];
    const page = await harness.openApp();
    await newBriefingFromTemplate(page, c.template);
    await select(page, 'details');
    await page.locator('#meta-title').fill('Title 标题');
    await page.getByTestId('command-export').click();
    await page.getByRole('dialog').getByRole('checkbox', { name: /pdf/i }).click();
    harness.answerDialog(path.join(harness.workDir, 'gone', 'deeper', 'out'));
    await page.getByTestId('export-run').click();
    const failed = page.getByTestId('export-failed');
    await failed.waitFor();
    expect(await page.getByTestId('export-failed-what').innerText()).toContain(c.folderGone);
    // Not the host's raw words.
    expect(await failed.innerText()).not.toContain('no such file or folder');
    await page.close();
    expectNoErrors(harness.errors);
  });
});
