import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2EHarness } from '../e2e-harness/harness.ts';
import { expectNoErrors } from './specs/app.ts';
import { setTitle } from './specs/files.ts';
import { closingAsksFirst, crash, RECOVERY_WINDOW_MS, restoreOffered } from './specs/recovery.ts';
import { newBriefingFromTemplate } from './specs/welcome.ts';

describe('autosave and recovery', () => {
  let harness: E2EHarness;
  beforeAll(async () => {
    harness = await E2EHarness.start();
  });
  afterAll(() => harness.close());

  it('a crash 2 s after typing loses nothing: the next start offers the briefing and restores the text', async () => {
    const page = await harness.openApp();
    await newBriefingFromTemplate(page, 'cn-work-briefing');
    const title = '崩溃之前输入的标题';
    await setTitle(page, title);
    await page.waitForTimeout(RECOVERY_WINDOW_MS);
    await crash(page, harness);

    const next = await harness.restart();
    await restoreOffered(next, title);
    expect(harness.errors.filter((e) => !e.includes('crash'))).toEqual([]);
  });

  it('closing a window with unsaved changes asks first', async () => {
    const page = await harness.openApp();
    await newBriefingFromTemplate(page, 'en-visit-report');
    await setTitle(page, 'Not saved yet');
    await closingAsksFirst(page, harness);
    expectNoErrors(harness.errors.filter((e) => !e.includes('crash')));
  });
});
