import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecoveryEntry } from '../../core/ipc/contract.ts';
import { E2EHarness } from '../e2e-harness/harness.ts';
import { eventually, expectNoErrors, expectSaved, isDirty, press, select } from './specs/app.ts';
import { saveAs, setTitle } from './specs/files.ts';
import { crash, openRestorePreview, RECOVERY_WINDOW_MS } from './specs/recovery.ts';
import { newBriefingFromTemplate } from './specs/welcome.ts';

/** What the host would offer at the next start (the welcome view lists exactly this). */
const recoveryEntries = (page: Page): Promise<RecoveryEntry[]> => page.evaluate("window.briefing['recovery:list']()");

/** A saved file titled `title`, open in the editor. */
async function savedBriefing(page: Page, harness: E2EHarness, title: string, name: string): Promise<string> {
  await newBriefingFromTemplate(page, 'cn-work-briefing');
  await setTitle(page, title);
  const file = path.join(harness.workDir, name);
  await saveAs(page, harness, file);
  // Typing from here on is its own undo step, not part of the title's burst (edits of one field within 800 ms coalesce).
  await page.waitForTimeout(900);
  return file;
}

async function typeInTitle(page: Page, text: string): Promise<void> {
  await select(page, 'details');
  await page.locator('#meta-title').click();
  await press(page, 'End');
  await page.keyboard.type(text);
}

/** Issue 9, item 2: a recovery entry never outlives the changes it holds, and a restore says what it brings back. */
describe('recovery offers only work that is really unsaved', () => {
  let harness: E2EHarness;
  beforeAll(async () => {
    harness = await E2EHarness.start({ language: 'zh-CN' });
  });
  afterAll(() => harness.close());

  it('typing, autosave, then undo back to the saved state: a new briefing\'s welcome view offers nothing to restore', async () => {
    const page = await harness.openApp();
    await savedBriefing(page, harness, '已保存的标题', 'undone.briefing');
    await typeInTitle(page, '又改了');
    await page.waitForTimeout(RECOVERY_WINDOW_MS + 500);
    expect((await recoveryEntries(page)).map((e) => e.title)).toEqual(['已保存的标题又改了']);

    await press(page, 'Mod+Z');
    expect(await page.locator('#meta-title').inputValue()).toBe('已保存的标题');
    await expectSaved(page);
    await eventually(() => recoveryEntries(page), (entries) => entries.length === 0);
    await press(page, 'Mod+N');
    await page.getByTestId('welcome').waitFor();
    await page.getByTestId('template-cn-work-briefing').waitFor();
    expect(await page.getByTestId('recovered-list').count()).toBe(0);

    // Nor after a crash and a new start.
    await crash(page, harness);
    const next = await harness.restart();
    await next.getByTestId('template-cn-work-briefing').waitFor();
    expect(await next.getByTestId('recovered-list').count()).toBe(0);
    expectNoErrors(harness.errors.filter((e) => !e.includes('crash')));
    harness.errors.length = 0;
  });

  it('saving drops the entry too', async () => {
    const page = await harness.openApp();
    await savedBriefing(page, harness, '保存前', 'saved.briefing');
    await typeInTitle(page, '再保存');
    await page.waitForTimeout(RECOVERY_WINDOW_MS + 500);
    expect(await recoveryEntries(page)).toHaveLength(1);
    // Saved again to its own file: no dialog this time.
    await press(page, 'Mod+S');
    await expectSaved(page);
    await eventually(() => recoveryEntries(page), (entries) => entries.length === 0);
    await page.close();
    expectNoErrors(harness.errors);
  });

  it('a restore shows the title, the autosave time, the file and what differs from it before replacing anything', async () => {
    const page = await harness.openApp();
    const file = await savedBriefing(page, harness, '磁盘上的标题', 'restore.briefing');
    await setTitle(page, '崩溃前改的标题');
    await select(page, 'text');
    await page.getByTestId('text-editor').getByTestId('rich-text-editable').click();
    await page.keyboard.insertText('崩溃前写的总结');
    await page.waitForTimeout(RECOVERY_WINDOW_MS + 500);
    await crash(page, harness);

    const next = await harness.restart();
    const preview = await openRestorePreview(next, '崩溃前改的标题');
    const shown = await preview.innerText();
    expect(shown).toContain('崩溃前改的标题');
    expect(shown).toContain(file);
    expect(shown).toMatch(/自动保存时间\s*\S+/);
    const differences = await preview.getByTestId('restore-differences').locator('li').allInnerTexts();
    expect(differences).toEqual(['标题：“磁盘上的标题”改为“崩溃前改的标题”', '总结有修改']);

    // Cancel: nothing was replaced, and the entry is still offered.
    // Ant Design spaces out a two-character Chinese button label (取 消).
    await next.getByRole('button', { name: /^取\s?消$/ }).click();
    await preview.waitFor({ state: 'detached' });
    expect(await next.getByTestId('welcome').count()).toBe(1);
    await openRestorePreview(next, '崩溃前改的标题');
    await next.getByTestId('restore-confirm').click();
    await next.getByTestId('editor').waitFor();
    await expect.poll(() => next.locator('#meta-title').inputValue()).toBe('崩溃前改的标题');
    expect(await isDirty(next)).toBe(true);
    await next.close({ runBeforeUnload: false });
    expectNoErrors(harness.errors.filter((e) => !e.includes('crash')));
  });
});
