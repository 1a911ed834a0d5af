import { mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { toWire, type WireDocument } from '../core/ipc/index.ts';
import { openBriefing, saveBriefing } from '../core/node/briefingFile.ts';
import { sampleDocument } from './fixtures/briefings.ts';
import { hostHarness } from './helpers/hostHarness.ts';
import { tempDir } from './helpers/tempBriefings.ts';

const titled = (title: string): WireDocument => {
  const doc = sampleDocument('zh-CN');
  return toWire({ ...doc, briefing: { ...doc.briefing, meta: { ...doc.briefing.meta, title } } });
};
const titleIn = async (file: string) => (await openBriefing(file)).briefing.meta.title;

/** Li opens the shared briefing in her app; Wang, on another machine, saves his own version of it meanwhile. */
async function sharedFileChangedByColleague() {
  const share = tempDir('briefing-share-');
  const file = path.join(share, '周报.briefing');
  await saveBriefing(file, { briefing: titled('原稿').briefing, media: new Map(Object.entries(titled('原稿').media)) });
  const li = hostHarness(tempDir());
  const opened = await li.call('document:open', { path: file });
  expect(opened.ok).toBe(true);
  const wang = hostHarness(tempDir());
  await wang.call('document:open', { path: file });
  expect(await wang.call('document:save', { document: titled('王的修改'), path: file })).toMatchObject({ ok: true, path: file });
  return { share, file, li };
}

describe('saving over a file someone else changed (a shared folder)', () => {
  it('asks first, and Cancel writes nothing', async () => {
    const { file, li } = await sharedFileChangedByColleague();
    expect(await li.call('document:save', { document: titled('李的修改'), path: file })).toEqual({ ok: false, canceled: true });
    expect(li.dialogCalls.filter((c) => c.kind === 'changed')).toEqual([{ kind: 'changed', suggested: file }]);
    expect(await titleIn(file)).toBe('王的修改');
  });

  it('Keep both saves this version beside theirs under a free name', async () => {
    const { share, file, li } = await sharedFileChangedByColleague();
    writeFileSync(path.join(share, '周报 (2).briefing'), 'taken');
    li.changeAnswers.push('keepBoth');
    const saved = await li.call('document:save', { document: titled('李的修改'), path: file });
    expect(saved).toEqual({ ok: true, path: path.join(share, '周报 (3).briefing') });
    expect(await titleIn(file)).toBe('王的修改');
    expect(await titleIn(path.join(share, '周报 (3).briefing'))).toBe('李的修改');
  });

  it('Replace overwrites, and the next save of the same session does not ask again', async () => {
    const { file, li } = await sharedFileChangedByColleague();
    li.changeAnswers.push('overwrite');
    expect(await li.call('document:save', { document: titled('李的修改'), path: file })).toEqual({ ok: true, path: file });
    expect(await titleIn(file)).toBe('李的修改');
    expect(await li.call('document:save', { document: titled('李的第二次修改'), path: file })).toEqual({ ok: true, path: file });
    expect(li.dialogCalls.filter((c) => c.kind === 'changed')).toHaveLength(1);
  });

  it('does not ask when only the time changed (a backup or sync tool touched it) or the file was deleted', async () => {
    const dir = tempDir();
    const host = hostHarness(tempDir());
    host.answers.push(path.join(dir, 'a.briefing'));
    const first = await host.call('document:save', { document: titled('一') });
    expect(first.ok).toBe(true);
    const file = path.join(dir, 'a.briefing');
    utimesSync(file, new Date(2030, 0, 1), new Date(2030, 0, 1));
    expect(await host.call('document:save', { document: titled('二'), path: file })).toEqual({ ok: true, path: file });
    expect(host.dialogCalls.some((c) => c.kind === 'changed')).toBe(false);
  });
});

describe('a save is the document write', () => {
  it('succeeds when the document was written although the recent-files list could not be', async () => {
    const userData = tempDir();
    // The recent list's file cannot be written: a folder stands where it would go.
    mkdirSync(path.join(userData, 'recent.json'));
    const host = hostHarness(userData);
    const file = path.join(tempDir(), 'b.briefing');
    host.answers.push(file);
    expect(await host.call('document:save', { document: titled('三') })).toEqual({ ok: true, path: file });
    expect(readFileSync(file).length).toBeGreaterThan(0);
  });
});
