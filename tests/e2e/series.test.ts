import { mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBriefing } from '../../core/node/briefingFile.ts';
import { E2EHarness } from '../e2e-harness/harness.ts';
import { expectNoErrors, select } from './specs/app.ts';
import { saveAs } from './specs/files.ts';
import { writeSummary } from './specs/sections.ts';
import { createSeries, startIssue } from './specs/series.ts';

const YEAR = new Date().getFullYear();
const FIELDS = {
  name: '江州市人大常委会 工作简报',
  issuingOffice: '江州市人大常委会办公厅',
  lastIssue: 11,
  lastTotal: 147,
  report: '省人大常委会办公厅',
  send: '市委办公室，市政府办公室',
  copies: 40,
};

/** Issue 12, item 1: a bulletin series, its numbers, and "New issue" carrying what should carry and nothing else. */
describe('bulletin series and New issue', () => {
  let shared: string;
  const harnesses: E2EHarness[] = [];
  beforeAll(async () => {
    shared = await mkdtemp(path.join(tmpdir(), 'briefing-share-'));
  });
  afterAll(async () => {
    await Promise.all(harnesses.map((h) => h.close()));
    await rm(shared, { recursive: true, force: true });
  });

  it('create a series, make issue 12, then New issue (File menu) gives issue 13 with recipients kept and bodies empty', async () => {
    const harness = await E2EHarness.start({ language: 'zh-CN' });
    harnesses.push(harness);
    const page = await harness.openApp();
    await createSeries(page, FIELDS);
    expect(await page.getByTestId('new-issue-next').innerText()).toBe(`下一期：${YEAR}年第12期（总第148期）`);
    await startIssue(page);
    expect(await page.locator('#meta-issueNumber').inputValue()).toBe('12');
    expect(await page.locator('#meta-issuingOffice').inputValue()).toBe(FIELDS.issuingOffice);
    await page.locator('#meta-title').fill('第一次调研');
    // Issue 12 gets content of its own: a summary and an attendee.
    await writeSummary(page, '本期正文');
    await select(page, 'attendees');
    await page.getByTestId('attendee-add').click();
    await page.getByTestId('attendee-row').first().locator('input[id$="-name"]').fill('王芳');
    const first = path.join(harness.workDir, 'issue-12.briefing');
    await saveAs(page, harness, first);
    const twelve = (await openBriefing(first)).briefing;
    expect(twelve.meta).toMatchObject({ issueNumber: '12', totalIssueNumber: '148', issuingOffice: FIELDS.issuingOffice });
    expect(twelve.meta.seriesId).toMatch(/^series-/);

    await harness.emit('command', 'newIssue');
    await page.getByTestId('new-issue-dialog').waitFor();
    await expect.poll(() => page.getByTestId('new-issue-next').innerText()).toBe(`下一期：${YEAR}年第13期（总第149期）`);
    await startIssue(page);
    await expect.poll(() => page.locator('#meta-issueNumber').inputValue()).toBe('13');
    expect(await page.locator('#meta-title').inputValue()).toBe('');
    const second = path.join(harness.workDir, 'issue-13.briefing');
    await saveAs(page, harness, second);
    const thirteen = (await openBriefing(second)).briefing;
    expect(thirteen.meta).toMatchObject({ issueNumber: '13', totalIssueNumber: '149', seriesId: twelve.meta.seriesId, issuingOffice: FIELDS.issuingOffice });
    const distribution = thirteen.sections.find((s) => s.type === 'distribution');
    expect(distribution).toMatchObject({
      lines: [
        { kind: 'report', recipients: FIELDS.report },
        { kind: 'send', recipients: FIELDS.send },
      ],
      copies: FIELDS.copies,
    });
    // Nothing of issue 12's content came along.
    expect(thirteen.attendees).toEqual([]);
    const text = thirteen.sections.find((s) => s.type === 'text');
    expect(text?.type === 'text' && text.body).toEqual([{ type: 'paragraph', children: [{ text: '' }] }]);
    expect(JSON.stringify(thirteen)).not.toContain('本期正文');

    // The checker knows the series' numbers: 第15期 after 第13期 skips one (issue 13's 期号 rule).
    await select(page, 'details');
    await page.locator('#meta-issueNumber').fill('15');
    const status = page.getByTestId('status-problems');
    await expect.poll(async () => Number(await status.getAttribute('data-warnings'))).toBeGreaterThanOrEqual(1);
    await status.click();
    const problem = page.getByTestId('problems-panel').locator('[data-testid="problem"][data-rule="series-issue-gap"]');
    // One finding saying both: the gap, and the total 149 that now belongs to two issues.
    await expect.poll(() => problem.count()).toBe(1);
    const texts = await problem.innerText();
    expect(texts).toContain(`「${FIELDS.name}」第15期前一期是第13期，中间缺第14期`);
    expect(texts).toContain(`「${FIELDS.name}」总第149期已是${YEAR}年第13期，总期号重复`);
    expect(await problem.first().getAttribute('data-path')).toBe('meta.issueNumber');
    await page.close();
    expectNoErrors(harness.errors);
  });

  it('two computers on one shared folder taking the next number at once get distinct numbers; a lock left behind is a clear warning', { timeout: 120_000 }, async () => {
    const [a, b] = await Promise.all([E2EHarness.start({ language: 'en', sharedSeriesDir: shared }), E2EHarness.start({ language: 'en', sharedSeriesDir: shared })]);
    harnesses.push(a, b);
    const pageA = await a.openApp();
    await createSeries(pageA, { ...FIELDS, name: 'Office bulletin', shared: true });
    const pageB = await b.openApp();
    await pageB.getByTestId('welcome-new-issue').click();
    await expect.poll(() => pageB.getByTestId('new-issue-next').innerText()).toBe(`Next: ${YEAR} No. 12 (total 148)`);
    // Both dialogs showed No. 12; both click at once.
    await Promise.all([pageA.getByTestId('new-issue-start').click(), pageB.getByTestId('new-issue-start').click()]);
    await Promise.all([pageA.getByTestId('editor').waitFor(), pageB.getByTestId('editor').waitFor()]);
    const numbers = [await pageA.locator('#meta-issueNumber').inputValue(), await pageB.locator('#meta-issueNumber').inputValue()].sort();
    expect(numbers).toEqual(['12', '13']);
    const files = (await readdir(shared)).filter((f) => f.endsWith('.json'));
    expect(files).toHaveLength(1);
    const id = files[0]!.slice(0, -5);
    expect((await readdir(path.join(shared, `${id}.claims`))).sort()).toEqual([`${YEAR}-12.json`, `${YEAR}-13.json`]);

    // A lock left by a computer that crashed while numbering: B is told what to do, and gets no number.
    const lock = path.join(shared, `${id}.lock`);
    await writeFile(lock, JSON.stringify({ host: 'pc-17', user: 'li', pid: 1, at: '2026-03-01T09:00:00Z', token: 'x' }));
    const old = new Date(Date.now() - 10 * 60_000);
    await utimes(lock, old, old);
    const window2 = await b.openApp();
    await window2.getByTestId('welcome-new-issue').click();
    await expect.poll(() => window2.getByTestId('new-issue-next').innerText()).toBe(`Next: ${YEAR} No. 14 (total 150)`);
    await window2.getByTestId('new-issue-start').click();
    const warning = window2.getByTestId('new-issue-error');
    await warning.waitFor({ timeout: 30_000 });
    expect(await warning.innerText()).toContain('No number was taken');
    expect(await warning.innerText()).toContain(`delete ${lock}`);
    expect(await window2.getByTestId('welcome').count()).toBe(1);
    expect((await readdir(path.join(shared, `${id}.claims`))).length).toBe(2);
    await Promise.all([pageA.close(), pageB.close(), window2.close()]);
    expectNoErrors(a.errors);
    expectNoErrors(b.errors);
  });
});
