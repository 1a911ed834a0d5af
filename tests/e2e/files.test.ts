import { stat } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2EHarness } from '../e2e-harness/harness.ts';
import { expectNoErrors, isDirty, outlineTypes } from './specs/app.ts';
import { backToWelcome, openFile, reopenFromRecent, saveAs, setTitle } from './specs/files.ts';
import { newBriefingFromTemplate } from './specs/welcome.ts';

describe('new, save and reopen', () => {
  let harness: E2EHarness;
  beforeAll(async () => {
    harness = await E2EHarness.start();
  });
  afterAll(() => harness.close());

  it.each([
    ['cn-work-briefing', '关于赴深圳调研的情况报告', ['attendees', 'sites', 'remarks', 'photos', 'text', 'followUps', 'distribution']],
    ['en-visit-report', 'Visit to the Guangxi trade office', ['attendees', 'sites', 'remarks', 'photos', 'text', 'followUps']],
  ])('%s: a new briefing is saved where the dialog says and reopens with its text', async (templateId, title, sections) => {
    const page = await harness.openApp();
    await newBriefingFromTemplate(page, templateId);
    expect(await outlineTypes(page)).toEqual(sections);
    expect(await isDirty(page)).toBe(true);
    await setTitle(page, title);
    // The window title follows once typing pauses.
    await expect.poll(() => harness.lastWindowState()).toEqual({ dirty: true, title });

    const file = path.join(harness.workDir, `${templateId}.briefing`);
    await saveAs(page, harness, file);
    expect((await stat(file)).size).toBeGreaterThan(0);
    await expect.poll(() => harness.lastWindowState()?.title).toBe(`${title} — ${templateId}.briefing`);

    await backToWelcome(page);
    await reopenFromRecent(page, `${templateId}.briefing`);
    expect(await page.locator('#meta-title').inputValue()).toBe(title);
    expect(await isDirty(page)).toBe(false);

    await backToWelcome(page);
    await openFile(page, harness, file);
    expect(await page.locator('#meta-title').inputValue()).toBe(title);
    await page.close();
    expectNoErrors(harness.errors);
  });
});
