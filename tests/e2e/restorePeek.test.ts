import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toWire } from '../../core/ipc/index.ts';
import { saveBriefing } from '../../core/node/briefingFile.ts';
import type { BriefingDocument } from '../../core/model/index.ts';
import { E2EHarness } from '../e2e-harness/harness.ts';
import { sampleDocument } from '../fixtures/briefings.ts';
import { hostHarness } from '../helpers/hostHarness.ts';
import { expectNoErrors } from './specs/app.ts';
import { openRestorePreview } from './specs/recovery.ts';

const titled = (doc: BriefingDocument, title: string): BriefingDocument => ({
  ...doc,
  briefing: { ...doc.briefing, meta: { ...doc.briefing.meta, title } },
});

/**
 * Issue 9, item 2 (follow-up): the restore preview compares with the file on disk by peeking at it. Looking is
 * not opening: after the preview and Cancel, Recent is as it was and the host does not treat the file as opened
 * (a save to that path still asks where, as for any file this session never opened).
 */
describe('the restore preview reads the file without opening it', () => {
  let harness: E2EHarness;
  beforeAll(async () => {
    harness = await E2EHarness.start({ language: 'en' });
  });
  afterAll(() => harness.close());

  it('Cancel after the preview: Recent unchanged, the file not marked opened, the entry still offered', { timeout: 120_000 }, async () => {
    const file = path.join(harness.workDir, 'on-disk.briefing');
    const onDisk = titled(sampleDocument('en'), 'Title on disk');
    await saveBriefing(file, onDisk);
    // Work autosaved for that file by an earlier run of the app (same data folder), then a restart.
    const earlier = hostHarness(harness.userDataDir);
    expect(await earlier.call('recovery:write', { key: 'peek-1', document: toWire(titled(onDisk, 'Title typed later')), path: file })).toEqual({ ok: true });
    await earlier.dispose();
    const page = await harness.restart();

    const preview = await openRestorePreview(page, 'Title typed later');
    const differences = await preview.getByTestId('restore-differences').locator('li').allInnerTexts();
    expect(differences).toEqual(['Title: “Title on disk” becomes “Title typed later”']);
    await page.getByRole('button', { name: /^cancel$/i }).click();
    await preview.waitFor({ state: 'detached' });

    expect(await page.evaluate<string[]>("window.briefing['recent:list']()")).toEqual([]);
    expect(await page.getByTestId('recent-list').getByRole('button', { name: 'on-disk.briefing' }).count()).toBe(0);
    // Not known as opened: saving to that path without a dialog is refused; the host asks (and we cancel).
    const dialogsBefore = harness.dialogCalls.length;
    const save = await page.evaluate<{ ok: boolean; canceled?: boolean }>(
      `window.briefing['document:save']({ document: { briefing: ${JSON.stringify(onDisk.briefing)}, media: {} }, path: ${JSON.stringify(file)} })`,
    );
    expect(save).toEqual({ ok: false, canceled: true });
    expect(harness.dialogCalls.slice(dialogsBefore).map((c) => c.kind)).toEqual(['save']);
    // The entry is still there to restore.
    expect(await page.getByTestId('recovered-list').locator('li', { hasText: 'Title typed later' }).count()).toBe(1);
    expectNoErrors(harness.errors);
  });

  it('a peek names the entry, not a path: an unknown key or a path is refused', async () => {
    const page = await harness.openApp();
    expect(await page.evaluate("window.briefing['document:peek']({ key: 'no-such-entry' })")).toMatchObject({ ok: false });
    expect(await page.evaluate("window.briefing['document:peek']({ path: '/etc/passwd' })")).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^invalid request: /),
    });
  });
});
