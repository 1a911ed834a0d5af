import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BriefingDocument } from '../../core/model/index.ts';
import { saveBriefing } from '../../core/node/briefingFile.ts';
import { E2EHarness } from '../e2e-harness/harness.ts';
import { sampleDocument } from '../fixtures/briefings.ts';
import { expectNoErrors } from './specs/app.ts';
import { openFile } from './specs/files.ts';

/** The sample briefing with a half-width comma between Chinese characters in a photo caption, a follow-up and a distribution line. */
function withCommas(): BriefingDocument {
  const doc = sampleDocument('zh-CN');
  const b = structuredClone(doc.briefing);
  b.media = b.media.map((m) => (m.id === 'p2' ? { ...m, caption: '调研组察看车间,听取汇报' } : m));
  for (const s of b.sections) {
    if (s.type === 'followUps') s.items = s.items.map((item) => ({ ...item, action: '抓紧落实,按期完成', owner: '市工信局,市商务局' }));
    if (s.type === 'distribution') s.lines = s.lines.map((line) => ({ ...line, recipients: '市政府办公室,市发改委' }));
  }
  return { ...doc, briefing: b };
}

/** Where the keyboard is: the focused element's id and the selected range of the input it is. */
const focused = (page: Page) =>
  page.evaluate<{ id: string; start: number | null; end: number | null }>(
    `(() => { const el = document.activeElement; return { id: el?.id ?? '', start: el?.selectionStart ?? null, end: el?.selectionEnd ?? null }; })()`,
  );

async function openPanel(page: Page): Promise<void> {
  const status = page.getByTestId('status-problems');
  await expect.poll(async () => Number(await status.getAttribute('data-warnings'))).toBeGreaterThanOrEqual(4);
  await status.click();
  await page.getByTestId('problems-panel').waitFor();
}
const problemAt = (page: Page, findingPath: string, rule = 'punct-halfwidth') =>
  page.getByTestId('problems-panel').locator(`[data-testid="problem"][data-rule="${rule}"][data-path="${findingPath}"]`);

/** Issue 13 (leftovers): findings outside rich text go to their exact field, and rules can be switched off for good. */
describe('checker findings in captions, follow-ups and distribution; rules off for good (zh-CN)', () => {
  let harness: E2EHarness;
  beforeAll(async () => {
    harness = await E2EHarness.start({ language: 'zh-CN' });
  });
  afterAll(() => harness.close());

  it.each([
    ['a photo caption', 'media[1].caption', 'photo-p2-caption'],
    ['a follow-up action', 'sections[5].items[0].action', 'followup-f1-action'],
    ['a follow-up owner', 'sections[5].items[0].owner', 'followup-f1-owner'],
    ['a distribution line', 'sections[6].lines[0].recipients', 's-dist-line-0-recipients'],
  ])('a finding in %s focuses that field and selects the comma', { timeout: 90_000 }, async (_what, findingPath, fieldId) => {
    const file = path.join(harness.workDir, `${fieldId}.briefing`);
    await saveBriefing(file, withCommas());
    const page = await harness.openApp();
    await openFile(page, harness, file);
    await openPanel(page);
    const problem = problemAt(page, findingPath);
    await expect.poll(() => problem.count()).toBe(1);
    await problem.getByTestId('problem-goto').click();
    const value = await page.locator(`#${fieldId}`).inputValue();
    const comma = value.indexOf(',');
    await expect.poll(() => focused(page)).toEqual({ id: fieldId, start: comma, end: comma + 1 });
    // The selection is the input's own: typing replaces the comma.
    await page.keyboard.type('，');
    await expect.poll(() => page.locator(`#${fieldId}`).inputValue()).toBe(value.replace(',', '，'));
    await page.close({ runBeforeUnload: false });
    expectNoErrors(harness.errors);
  });

  it('the checker runs in a Web Worker loaded from the app itself (the CSP allows it from self), not on the editor thread', { timeout: 90_000 }, async () => {
    const file = path.join(harness.workDir, 'worker.briefing');
    await saveBriefing(file, withCommas());
    const page = await harness.openApp();
    await openFile(page, harness, file);
    await openPanel(page);
    // Each answer of the worker leaves a measure; a check run on the page's own thread would not.
    expect(await page.evaluate<number>("performance.getEntriesByName('bc-check-worker').length")).toBeGreaterThan(0);
    const scripts = await page.evaluate<string[]>("performance.getEntriesByType('resource').map((e) => e.name).filter((n) => /worker/.test(n))");
    expect(scripts.length).toBeGreaterThan(0);
    for (const url of scripts) expect(new URL(url).origin).toBe(new URL(page.url()).origin);
    await page.close({ runBeforeUnload: false });
    expectNoErrors(harness.errors);
  });

  it('a rule switched off for all briefings stays off in another briefing and after a restart, and can be turned back on', { timeout: 150_000 }, async () => {
    const first = path.join(harness.workDir, 'first.briefing');
    const second = path.join(harness.workDir, 'second.briefing');
    await saveBriefing(first, withCommas());
    await saveBriefing(second, withCommas());
    let page = await harness.openApp();
    await openFile(page, harness, first);
    await openPanel(page);
    await problemAt(page, 'media[1].caption').getByTestId('problem-disable-everywhere').click();
    const panel = page.getByTestId('problems-panel');
    await expect.poll(() => panel.locator('[data-rule="punct-halfwidth"][data-testid="problem"]').count()).toBe(0);
    const offEverywhere = panel.getByTestId('rules-off-everywhere').locator('[data-testid="rule-off"]');
    await expect.poll(() => offEverywhere.evaluateAll((items) => items.map((i) => i.getAttribute('data-rule')))).toEqual(['punct-halfwidth']);
    // Kept by the host, in its settings: not just this window's storage.
    const settings = async () => JSON.parse(await readFile(path.join(harness.userDataDir, 'settings.json'), 'utf8')) as { disabledRules?: string[] };
    await expect.poll(async () => (await settings()).disabledRules).toEqual(['punct-halfwidth']);

    page = await harness.restart();
    await openFile(page, harness, second);
    await page.getByTestId('status-problems').click();
    await page.getByTestId('problems-panel').waitFor();
    await expect.poll(() => page.getByTestId('rules-off-everywhere').locator('[data-testid="rule-off"]').count()).toBe(1);
    expect(await page.locator('[data-testid="problem"][data-rule="punct-halfwidth"]').count()).toBe(0);
    await page.getByTestId('rules-off-everywhere').getByTestId('rule-enable').click();
    await expect.poll(() => page.locator('[data-testid="problem"][data-rule="punct-halfwidth"]').count()).toBe(4);
    await expect.poll(async () => (await settings()).disabledRules).toEqual([]);
    expectNoErrors(harness.errors);
  });

  it('a rule switched off for one briefing is listed as such and comes back on from the panel', { timeout: 90_000 }, async () => {
    const file = path.join(harness.workDir, 'one.briefing');
    await saveBriefing(file, withCommas());
    const page = await harness.openApp();
    await openFile(page, harness, file);
    await openPanel(page);
    await problemAt(page, 'sections[6].lines[0].recipients').getByTestId('problem-disable').click();
    const panel = page.getByTestId('problems-panel');
    await expect.poll(() => panel.locator('[data-testid="problem"][data-rule="punct-halfwidth"]').count()).toBe(0);
    await expect.poll(() => panel.getByTestId('rules-off-briefing').locator('[data-rule="punct-halfwidth"]').count()).toBe(1);
    expect(await panel.getByTestId('rules-off-everywhere').count()).toBe(0);
    await panel.getByTestId('rules-off-briefing').getByTestId('rule-enable').click();
    await expect.poll(() => panel.locator('[data-testid="problem"][data-rule="punct-halfwidth"]').count()).toBe(4);
    expect(await panel.getByTestId('rules-off-briefing').count()).toBe(0);
    expectNoErrors(harness.errors);
  });
});
