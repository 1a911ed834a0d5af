import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { richTextLines, type Briefing } from '../../core/model/index.ts';
import { openBriefing } from '../../core/node/briefingFile.ts';
import { E2EHarness } from '../e2e-harness/harness.ts';
import { expectNoErrors, previewText, select } from './specs/app.ts';
import { saveAs } from './specs/files.ts';
import { imeType } from './specs/ime.ts';
import { newBriefingFromTemplate } from './specs/welcome.ts';

const textBody = (b: Briefing) => b.sections.flatMap((s) => (s.type === 'text' ? richTextLines(s.body) : [])).join('\n');

/**
 * Issue 13 in the editor: a half-width comma typed between Chinese characters is found once typing stops, the
 * status bar counts it, the Problems panel lists it in Chinese, clicking it selects the comma in its field, Fix
 * corrects field, preview and saved file as one step, and undo brings the comma back.
 */
describe('the checker in the editor (zh-CN)', () => {
  let harness: E2EHarness;
  beforeAll(async () => {
    harness = await E2EHarness.start({ language: 'zh-CN' });
  });
  afterAll(() => harness.close());

  it('finds, shows, focuses, fixes and undoes a half-width comma', { timeout: 90_000 }, async () => {
    const page = await harness.openApp();
    await newBriefingFromTemplate(page, 'cn-work-briefing');
    await select(page, 'text');
    const body = page.getByTestId('text-editor').getByTestId('rich-text-editable');
    await body.click();
    await imeType(page, 'jintian', '今天');
    await page.keyboard.type(',');
    await imeType(page, 'kaihui', '开会');
    await expect.poll(() => body.innerText()).toContain('今天,开会');

    const status = page.getByTestId('status-problems');
    await expect.poll(async () => Number(await status.getAttribute('data-warnings'))).toBeGreaterThanOrEqual(1);
    expect(await status.innerText()).toMatch(/\d+ 个警告/);
    // The comma is underlined (wavy, the warning colour) in the field itself.
    const underline = body.locator('[data-check="warning"]');
    await expect.poll(() => underline.allInnerTexts()).toEqual([',']);
    expect(await page.evaluate<string>(`getComputedStyle(document.querySelector('[data-check="warning"]')).textDecorationStyle`)).toBe('wavy');

    await status.click();
    const panel = page.getByTestId('problems-panel');
    const problem = panel.locator('[data-testid="problem"][data-rule="punct-halfwidth"]');
    await expect.poll(() => problem.count()).toBe(1);
    expect(await problem.getAttribute('data-path')).toMatch(/^sections\[\d+\]\.body\[0\]$/);
    const message = await problem.getByTestId('problem-goto').innerText();
    expect(message).toMatch(/[\u4e00-\u9fff]/);

    await problem.getByTestId('problem-goto').click();
    await expect
      .poll(() =>
        page.evaluate<{ inBody: boolean; selected: string }>(
          `({ inBody: Boolean(document.activeElement?.closest('[data-testid="text-editor"]')), selected: String(window.getSelection()) })`,
        ),
      )
      .toEqual({ inBody: true, selected: ',' });

    await problem.getByTestId('problem-fix').click();
    await expect.poll(() => body.innerText()).toContain('今天，开会');
    await expect.poll(() => previewText(page)).toContain('今天，开会');
    await expect.poll(() => problem.count()).toBe(0);
    await expect.poll(() => underline.count()).toBe(0);

    const file = path.join(harness.workDir, 'checker-fix.briefing');
    await saveAs(page, harness, file);
    expect(textBody((await openBriefing(file)).briefing)).toBe('今天，开会');

    // One undo step takes back the fix, not the typing.
    await page.getByTestId('command-undo').click();
    await expect.poll(() => body.innerText()).toContain('今天,开会');
    await expect.poll(() => previewText(page)).toContain('今天,开会');
    await expect.poll(() => problem.count()).toBe(1);
    await expect.poll(() => underline.allInnerTexts()).toEqual([',']);

    // The selection made by clicking the entry is the editor's own: typing replaces the comma.
    await problem.getByTestId('problem-goto').click();
    await expect.poll(() => page.evaluate<string>('String(window.getSelection())')).toBe(',');
    await page.keyboard.type('；');
    await expect.poll(() => body.innerText()).toContain('今天；开会');
    await page.close();
    expectNoErrors(harness.errors);
  });
});
