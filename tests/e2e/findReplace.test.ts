/**
 * Issue 12, item 4: find & replace across every field of the briefing, in real Chromium, with Chinese typed through
 * IME composition events: Ctrl+F finds it in the details, the attendee table, a rich text (across bold and plain),
 * a follow-up and a photo caption; F3 / Shift+F3 walk the matches, focusing and selecting each; Ctrl+H replaces
 * all in one edit that the saved file and the preview show, and one undo takes it all back.
 */
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findMatches } from '../../core/find/index.ts';
import type { Briefing } from '../../core/model/index.ts';
import { openBriefing } from '../../core/node/briefingFile.ts';
import { E2EHarness } from '../e2e-harness/harness.ts';
import { makePng } from '../fixtures/images.ts';
import { eventually, expectNoErrors, expectSaved, press, previewText, select } from './specs/app.ts';
import { saveAs } from './specs/files.ts';
import { imeType } from './specs/ime.ts';
import { addPhoto } from './specs/sections.ts';
import { newBriefingFromTemplate } from './specs/welcome.ts';

const count = (page: Page) => page.getByTestId('find-count').innerText();

/** What is focused and selected: the element's id (or its editor's) and the selected text. */
const FOCUSED = `(() => {
  const el = document.activeElement;
  if (el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA')) return { id: el.id, selected: el.value.slice(el.selectionStart ?? 0, el.selectionEnd ?? 0) };
  return { id: el ? el.id : '', selected: String(window.getSelection() ?? '') };
})()`;
const focused = (page: Page) => page.evaluate(FOCUSED) as Promise<{ id: string; selected: string }>;

const savedText = (briefing: Briefing) => JSON.stringify(briefing);

describe('find & replace (zh-CN)', () => {
  let harness: E2EHarness;
  beforeAll(async () => {
    harness = await E2EHarness.start({ language: 'zh-CN' });
  });
  afterAll(() => harness.close());

  it('finds IME-typed text in every field type, walks it with F3, replaces all in one undo step', { timeout: 240_000 }, async () => {
    const page = await harness.openApp();
    await newBriefingFromTemplate(page, 'cn-work-briefing');
    const file = path.join(harness.workDir, 'find.briefing');
    await saveAs(page, harness, file);

    // The details: the title, typed with the IME.
    await select(page, 'details');
    const title = page.locator('#meta-title');
    await title.click();
    await press(page, 'Mod+A');
    await page.keyboard.press('Delete');
    await imeType(page, 'xinghe', '星河');
    await imeType(page, 'diaoyan', '调研');
    await expect.poll(() => title.inputValue()).toBe('星河调研');

    // The attendee table: an organisation.
    await select(page, 'attendees');
    await page.getByTestId('attendee-add').click();
    const org = page.locator('[data-testid="attendee-row"] input[id$="-organisation"]').last();
    await org.click();
    await imeType(page, 'xinghegongsi', '星河公司');

    // A rich text: "星" plain then "河" bold, so the match spans two leaves with different marks.
    await select(page, 'text');
    const editable = page.getByTestId('text-editor').getByTestId('rich-text-editable').first();
    await editable.click();
    await imeType(page, 'fuwu', '服务');
    await imeType(page, 'xing', '星');
    await press(page, 'Mod+B');
    await imeType(page, 'he', '河');
    await press(page, 'Mod+B');
    await imeType(page, 'qiye', '企业');
    await expect.poll(() => editable.locator('strong').innerText()).toBe('河');

    // A follow-up action and a photo caption.
    await select(page, 'followUps');
    await page.getByTestId('followup-add').click();
    const action = page.getByTestId('followup-row').last().locator('input.ant-input').nth(0);
    await action.click();
    await imeType(page, 'xinghe', '星河');
    await imeType(page, 'ceshi', '测试');
    const png = path.join(harness.workDir, 'photo.png');
    writeFileSync(png, makePng(64, 48, () => [40, 90, 160]));
    await addPhoto(page, png, '星河展厅');

    await press(page, 'Mod+S');
    await expectSaved(page);
    const before = (await openBriefing(file)).briefing;
    const expectedMatches = findMatches(before, '星河').length;
    expect(expectedMatches).toBe(5);

    // Ctrl+F: the query typed with the IME; the count before moving, then each match focused and selected.
    await press(page, 'Mod+F');
    await page.getByTestId('find-panel').waitFor();
    await page.getByTestId('find-query').click();
    await imeType(page, 'xinghe', '星河');
    await expect.poll(() => count(page)).toBe('共 5 处');
    await page.getByTestId('find-query').press('Enter');
    await expect.poll(() => count(page)).toBe('第 1 / 5 处');
    await expect.poll(() => focused(page)).toEqual({ id: 'meta-title', selected: '星河' });
    // Shift+Enter in the query goes back (to the last), F3 on again (to the first).
    await page.getByTestId('find-query').press('Shift+Enter');
    await expect.poll(() => count(page)).toBe('第 5 / 5 处');
    await page.keyboard.press('F3');
    await expect.poll(() => count(page)).toBe('第 1 / 5 处');

    await page.keyboard.press('F3');
    await expect.poll(() => count(page)).toBe('第 2 / 5 处');
    await expect.poll(() => focused(page).then((f) => f.selected)).toBe('星河');
    expect((await focused(page)).id).toMatch(/^attendee-.*-organisation$/);

    // The rest: the photo caption, the rich text (across its plain and bold leaves) and the follow-up, each selected.
    const seen: string[] = [];
    for (const n of [3, 4, 5]) {
      await page.keyboard.press('F3');
      await expect.poll(() => count(page)).toBe(`第 ${n} / 5 处`);
      await expect.poll(() => focused(page).then((f) => f.selected)).toBe('星河');
      seen.push((await focused(page)).id);
    }
    expect(seen.some((id) => /^text-.*-body$/.test(id))).toBe(true);
    expect(seen.some((id) => /^followup-.*-action$/.test(id))).toBe(true);
    // F3 wraps around to the first.
    await page.keyboard.press('F3');
    await expect.poll(() => count(page)).toBe('第 1 / 5 处');
    await page.keyboard.press('Shift+F3');
    await expect.poll(() => count(page)).toBe('第 5 / 5 处');
    await page.keyboard.press('Shift+F3');
    await expect.poll(() => count(page)).toBe('第 4 / 5 处');

    // Ctrl+H: replace one (the current, 4th) moves on to the next, which is now the 4th of 4; undo puts it back.
    await press(page, 'Mod+H');
    await page.getByTestId('find-replacement').fill('银河');
    await page.getByTestId('find-replace-one').click();
    await expect.poll(() => count(page)).toBe('第 4 / 4 处');
    await page.getByTestId('command-undo').click();
    await expect.poll(() => count(page)).toMatch(/5 处$/);

    // Replace all, one edit.
    await page.getByTestId('find-replace-all').click();
    await expect.poll(() => count(page)).toBe('无结果');

    await press(page, 'Mod+S');
    await expectSaved(page);
    const after = (await openBriefing(file)).briefing;
    expect(savedText(after)).not.toContain('星河');
    expect(after.meta.title).toBe('银河调研');
    expect(after.attendees[0]!.organisation).toBe('银河公司');
    expect(after.media[0]!.caption).toBe('银河展厅');
    const text = after.sections.find((s) => s.type === 'text');
    // The replacement takes the marks of the match's first character: plain here, so the bold 河 went with it.
    expect(text?.type === 'text' && text.body[0]).toEqual({ type: 'paragraph', children: [{ text: '服务银河企业' }] });
    const shown = await eventually(() => previewText(page), (t) => t.includes('银河调研') && !t.includes('星河'));
    expect(shown).toContain('银河展厅');

    // One undo takes the whole replacement back.
    await page.getByTestId('command-undo').click();
    await press(page, 'Mod+S');
    await expectSaved(page);
    const undone = (await openBriefing(file)).briefing;
    expect(savedText(undone)).not.toContain('银河');
    expect(findMatches(undone, '星河').length).toBe(5);
    expect(undone).toEqual(before);
    await eventually(() => previewText(page), (t) => t.includes('星河调研') && !t.includes('银河'));
    expectNoErrors(harness.errors);
  });
});
