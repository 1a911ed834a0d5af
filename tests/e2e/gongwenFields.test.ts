/**
 * Issue 12, item 3 in the editor: the 公文 elements are real controls in the details form (zh-CN UI), their values
 * reach the live preview where GB/T 9704 prints them and the saved file as the fixed codes.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBriefing } from '../../core/node/briefingFile.ts';
import { E2EHarness } from '../e2e-harness/harness.ts';
import { eventually, expectNoErrors, expectSaved, press, previewText, select } from './specs/app.ts';
import { saveAs } from './specs/files.ts';
import { imeType } from './specs/ime.ts';
import { newBriefingFromTemplate } from './specs/welcome.ts';

describe('公文要素 in the details form (zh-CN)', () => {
  let harness: E2EHarness;
  beforeAll(async () => {
    harness = await E2EHarness.start({ language: 'zh-CN' });
  });
  afterAll(() => harness.close());

  it('fills 份号, 密级★期限, 紧急程度, 签发人, 主送机关, 附件 and sees them in the preview and the saved file', { timeout: 180_000 }, async () => {
    const page = await harness.openApp();
    await newBriefingFromTemplate(page, 'cn-work-briefing');
    await select(page, 'details');
    const file = path.join(harness.workDir, 'gongwen.briefing');
    await saveAs(page, harness, file);

    // 份号: a wrong one is refused where the user looks; a short one is padded to six digits on leaving.
    const copy = page.locator('#meta-copyNumber');
    await copy.fill('12a');
    await page.getByTestId('meta-copyNumber-invalid').waitFor();
    await copy.fill('123');
    await copy.press('Tab');
    await expect.poll(() => copy.inputValue()).toBe('000123');
    await expect.poll(() => page.getByTestId('meta-copyNumber-invalid').count()).toBe(0);

    await page.locator('#meta-secrecyLevel').click();
    await page.locator('.ant-select-item-option[title="秘密"]').click();
    await page.locator('#meta-secrecyTerm').fill('1年');
    await page.locator('#meta-urgencyLevel').click();
    await page.locator('.ant-select-item-option[title="特急"]').click();
    await page.locator('#meta-totalIssueNumber').fill('148');
    await page.locator('#meta-issueNumber').fill('12');

    const addressees = page.locator('#meta-addressees');
    await addressees.click();
    await imeType(page, 'gequxian', '各区县人民政府');

    await page.getByTestId('meta-signers-add').click();
    await page.locator('#meta-signers-0').click();
    await imeType(page, 'zhangsan', '张三');
    await page.getByTestId('meta-attachments-add').click();
    await page.locator('#meta-attachments-0').fill('调研情况汇报');
    await page.getByTestId('meta-attachments-add').click();
    await page.locator('#meta-attachments-1').fill('座谈会发言提纲');

    const text = await eventually(
      () => previewText(page),
      (t) => t.includes('座谈会发言提纲') && t.includes('各区县人民政府') && t.includes('张三'),
    );
    const flat = text.replace(/\s+/g, '');
    // Top left in order, above the masthead; the issue line with 签发人; 主送机关 with its colon; 附件 numbered.
    const order = ['000123', '秘密★1年', '特急', '工作简报', '第12期（总第148期）', '签发人：张三', '各区县人民政府：', '附件：1.调研情况汇报', '2.座谈会发言提纲'];
    let at = 0;
    for (const piece of order) {
      const found = flat.indexOf(piece, at);
      expect(found, `"${piece}" after position ${at} in the preview`).toBeGreaterThanOrEqual(0);
      at = found + piece.length;
    }

    await press(page, 'Mod+S');
    await expectSaved(page);
    const { meta } = (await openBriefing(file)).briefing;
    expect(meta).toMatchObject({
      copyNumber: '000123',
      secrecyLevel: 'confidential',
      secrecyTerm: '1年',
      urgencyLevel: 'immediate',
      totalIssueNumber: '148',
      addressees: '各区县人民政府',
      signers: ['张三'],
      attachments: ['调研情况汇报', '座谈会发言提纲'],
    });

    // Clearing the 密级 clears its term in the same edit, and one undo brings both back.
    await page.locator('#meta-secrecyLevel').locator('xpath=ancestor::*[contains(@class,"ant-select")][1]').hover();
    await page.locator('.ant-select-clear').first().click();
    await press(page, 'Mod+S');
    await expectSaved(page);
    const cleared = (await openBriefing(file)).briefing.meta;
    expect(cleared.secrecyLevel).toBeUndefined();
    expect(cleared.secrecyTerm).toBeUndefined();
    expectNoErrors(harness.errors);
  });
});
