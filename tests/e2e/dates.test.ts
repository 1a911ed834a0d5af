import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBriefing } from '../../core/node/briefingFile.ts';
import { E2EHarness } from '../e2e-harness/harness.ts';
import { expectNoErrors, expectSaved, press, select } from './specs/app.ts';
import { saveAs } from './specs/files.ts';
import { newBriefingFromTemplate } from './specs/welcome.ts';

/** Types into the visit date as a person does: select what is there, type, confirm with Enter. */
async function typeDate(page: Page, text: string, confirm: 'Enter' | 'Tab'): Promise<void> {
  const field = page.locator('#meta-visitDate');
  await field.click();
  await press(page, 'Mod+A');
  await page.keyboard.type(text, { delay: 30 });
  await page.keyboard.press(confirm);
}

async function savedDate(page: Page, file: string): Promise<string> {
  await press(page, 'Mod+S');
  await expectSaved(page);
  return (await openBriefing(file)).briefing.meta.visitDate;
}

const CASES = {
  'zh-CN': {
    template: 'cn-work-briefing',
    shown: '2026年11月25日',
    typed: ['2026-11-25', '2026/11/25', '2026.11.25', '2026年11月25日', '2026/11/25 '],
    short: ['2026/1/5', '2026年1月5日'],
    shortShown: '2026年1月5日',
  },
  en: {
    template: 'en-visit-report',
    shown: '25 Nov 2026',
    typed: ['2026-11-25', '2026/11/25', '2026.11.25', '25/11/2026', '25 Nov 2026', '25 November 2026'],
    short: ['5/1/2026', '2026/1/5'],
    shortShown: '5 Jan 2026',
  },
} as const;

/**
 * Issue 9, item 3: dates typed by hand. Every form people type is taken as the date it says, shown in the UI
 * language's format and saved as that date; what cannot be read is refused visibly, and the date stays as it was.
 */
describe.each(Object.keys(CASES) as (keyof typeof CASES)[])('dates typed by hand (%s)', (language) => {
  let harness: E2EHarness;
  beforeAll(async () => {
    harness = await E2EHarness.start({ language });
  });
  afterAll(() => harness.close());

  it('each form is shown and saved as the date typed; nonsense is refused and changes nothing', { timeout: 120_000 }, async () => {
    const c = CASES[language];
    const page = await harness.openApp();
    await newBriefingFromTemplate(page, c.template);
    await select(page, 'details');
    const file = path.join(harness.workDir, `dates-${language}.briefing`);
    await saveAs(page, harness, file);
    const field = page.locator('#meta-visitDate');

    for (const [i, text] of c.typed.entries()) {
      // Start each from another date, so a form that is ignored cannot pass for one that was read.
      await typeDate(page, '2020-01-01', 'Enter');
      await typeDate(page, text, i % 2 === 0 ? 'Enter' : 'Tab');
      await expect.poll(() => field.inputValue(), { message: `"${text}" shown as` }).toBe(c.shown);
      expect(await savedDate(page, file), `"${text}" saved as`).toBe('2026-11-25');
    }
    for (const text of c.short) {
      await typeDate(page, '2020-01-01', 'Enter');
      await typeDate(page, text, 'Enter');
      await expect.poll(() => field.inputValue(), { message: `"${text}" shown as` }).toBe(c.shortShown);
      expect(await savedDate(page, file), `"${text}" saved as`).toBe('2026-01-05');
    }

    await typeDate(page, '2026-11-25', 'Enter');
    for (const text of ['2026/13/45', '明天', 'next week']) {
      await typeDate(page, text, 'Tab');
      // Refused where the user looks: the field says so while the text stays for correcting.
      const problem = page.getByTestId('meta-visitDate-invalid');
      await problem.waitFor();
      expect(await problem.innerText()).toContain(text);
      expect(await savedDate(page, file), `"${text}" must not change the date`).toBe('2026-11-25');
      await typeDate(page, '2026-11-25', 'Enter');
      await problem.waitFor({ state: 'detached' });
    }
    await page.close();
    expectNoErrors(harness.errors);
  });
});
