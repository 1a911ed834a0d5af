import { describe, expect, it } from 'vitest';
import { EVENT_CHANNELS } from '../../core/ipc/channels.ts';
import { startShell } from './rig/fixtures.ts';

/** Issue 12, item 1: File ▸ New Issue of a Series… sends the editor the `newIssue` command, in both languages. */
describe('the New issue menu item', () => {
  it.each([
    ['en-US', 'File', 'New Issue of a Series…', 'New Briefing'],
    ['zh-CN', '文件', '按系列新建一期…', '新建简报'],
  ])('%s: sits after New in the File menu and runs newIssue in the editor', async (locale, file, item, before) => {
    const rig = startShell({ locale });
    const editor = await rig.launch();
    await rig.invoke(editor.id, 'window:setState', { dirty: false, title: '' });
    const fileMenu = (await rig.menu()).find((m) => m.label === file);
    const labels = fileMenu?.submenu?.map((i) => i.label) ?? [];
    expect(labels.indexOf(item)).toBe(labels.indexOf(before) + 1);
    await rig.clickMenu(file, item);
    await rig.waitFor(async () => ((await rig.windows()).find((w) => w.id === editor.id)?.sent.length ?? 0) > 0, 'the command');
    const sent = (await rig.windows()).find((w) => w.id === editor.id)!.sent.filter((m) => m.channel === EVENT_CHANNELS.command);
    expect(sent).toEqual([{ channel: EVENT_CHANNELS.command, payload: 'newIssue' }]);
  });
});
