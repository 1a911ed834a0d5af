import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVENT_CHANNELS } from '../../core/ipc/channels.ts';
import { startShell, wireDocument } from './rig/fixtures.ts';
import type { ShellRig } from './rig/shellRig.ts';

const [SAVE, DISCARD, CANCEL] = [0, 1, 2];

/** The editor page as the shell sees it: it reports unsaved changes and answers the host's commands. */
async function dirtyEditor(rig: ShellRig) {
  const editor = await rig.launch();
  await rig.invoke(editor.id, 'window:setState', { dirty: true, title: 'Visit' });
  const commands = async () => (await rig.windows()).find((w) => w.id === editor.id)?.sent.filter((m) => m.channel === EVENT_CHANNELS.command).map((m) => m.payload) ?? [];
  /** The page's Save: document:save (a dialog when untitled), then its new state if the file was written. */
  const save = async () => {
    const result = await rig.invoke(editor.id, 'document:save', { document: wireDocument() });
    const saved = result.ok && (result.value as { ok: boolean }).ok;
    if (saved) await rig.invoke(editor.id, 'window:setState', { dirty: false, title: 'Visit' });
    return saved;
  };
  const isOpen = async () => (await rig.windows()).some((w) => w.id === editor.id);
  return { editor, commands, save, isOpen };
}

describe('closing a window with unsaved changes', () => {
  it('asks, and "Save" saves through the editor, then closes once the file is written', async () => {
    const rig = startShell();
    const { editor, commands, save, isOpen } = await dirtyEditor(rig);
    await rig.answer('messageBox', SAVE);
    await rig.closeWindow(editor.id);
    await rig.waitFor(async () => (await commands()).includes('save'), 'the save command');
    const dialog = (await rig.dialogs()).find((d) => d.kind === 'messageBox');
    expect(dialog?.options).toMatchObject({ buttons: ['Save', 'Don’t Save', 'Cancel'], message: 'Save the changes to “Visit” before closing?' });
    const file = path.join(rig.config.home, 'visit.briefing');
    await rig.answer('save', file);
    expect(await save()).toBe(true);
    expect(existsSync(file)).toBe(true);
    expect(await rig.exited).toBe(0);
    expect(await isOpen().catch(() => false)).toBe(false);
  });

  it('"Cancel" keeps the window; "Don\'t save" closes it and the app quits', async () => {
    const rig = startShell();
    const { editor, isOpen } = await dirtyEditor(rig);
    await rig.answer('messageBox', CANCEL);
    await rig.closeWindow(editor.id);
    await rig.settle();
    expect(await isOpen()).toBe(true);
    await rig.answer('messageBox', DISCARD);
    await rig.closeWindow(editor.id);
    expect(await rig.exited).toBe(0);
  });

  it('after "Save", a cancelled Save As leaves the window open and a later ordinary save does not close it', async () => {
    const rig = startShell();
    const { editor, commands, save, isOpen } = await dirtyEditor(rig);
    await rig.answer('messageBox', SAVE);
    await rig.closeWindow(editor.id);
    await rig.waitFor(async () => (await commands()).includes('save'), 'the save command');
    // The save dialog is cancelled (no answer queued): nothing is written and the user goes on working.
    expect(await save()).toBe(false);
    await rig.answer('save', path.join(rig.config.home, 'later.briefing'));
    expect(await save()).toBe(true);
    await rig.settle(200);
    expect(await isOpen()).toBe(true);
  });

  it('after "Save", a save the disk refuses leaves the window open too', async () => {
    const rig = startShell();
    const { editor, commands, save, isOpen } = await dirtyEditor(rig);
    await rig.answer('messageBox', SAVE);
    await rig.closeWindow(editor.id);
    await rig.waitFor(async () => (await commands()).includes('save'), 'the save command');
    const readOnly = path.join(rig.config.home, 'no-such-folder', 'x.briefing');
    await rig.answer('save', readOnly);
    expect(await save()).toBe(false);
    await rig.answer('save', path.join(rig.config.home, 'fine.briefing'));
    expect(await save()).toBe(true);
    await rig.settle(200);
    expect(await isOpen()).toBe(true);
  });
});

describe('quitting on macOS', () => {
  it('Cmd+Q with unsaved changes asks, and after "Don\'t save" the app quits instead of lingering windowless', async () => {
    const rig = startShell({ platform: 'darwin' });
    const { isOpen } = await dirtyEditor(rig);
    await rig.answer('messageBox', DISCARD);
    await rig.clickMenu('Briefing Composer', 'Quit');
    const exited = await Promise.race([rig.exited, rig.settle(3000).then(() => 'still running')]);
    expect(exited).toBe(0);
    expect(await isOpen().catch(() => false)).toBe(false);
  });

  it('Cmd+Q then "Cancel" keeps app and window; closing the window later leaves the app running', async () => {
    const rig = startShell({ platform: 'darwin' });
    const { editor, isOpen } = await dirtyEditor(rig);
    await rig.answer('messageBox', CANCEL);
    await rig.clickMenu('Briefing Composer', 'Quit');
    await rig.settle();
    expect(await isOpen()).toBe(true);
    await rig.invoke(editor.id, 'window:setState', { dirty: false, title: 'Visit' });
    await rig.closeWindow(editor.id);
    await rig.settle(300);
    expect(await rig.windows()).toEqual([]);
    expect((await rig.calls()).some((c) => c.api === 'process.exit')).toBe(false);
  });

  it('with no window open, File ▸ New and File ▸ Open open a window and run the command there', async () => {
    const rig = startShell({ platform: 'darwin' });
    const first = await rig.launch();
    await rig.invoke(first.id, 'window:setState', { dirty: false, title: '' });
    await rig.closeWindow(first.id);
    await rig.waitFor(async () => (await rig.windows()).length === 0, 'the window to close');
    for (const [item, command] of [['New Briefing', 'new'], ['Open…', 'open']] as const) {
      await rig.clickMenu('File', item);
      const editor = await rig.waitFor(async () => (await rig.windows()).find((w) => w.url === rig.indexUrl), 'a new window');
      // The page reports its state once it listens for commands; only then is the command sent.
      expect(editor.sent.filter((m) => m.channel === EVENT_CHANNELS.command)).toEqual([]);
      await rig.invoke(editor.id, 'window:setState', { dirty: false, title: '' });
      const sent = (await rig.windows()).find((w) => w.id === editor.id)!.sent;
      expect(sent).toEqual([{ channel: EVENT_CHANNELS.command, payload: command }]);
      await rig.closeWindow(editor.id);
      await rig.waitFor(async () => (await rig.windows()).length === 0, 'the window to close');
    }
  });

  it('has the standard Window menu (minimise, zoom, close with Cmd+W), and elsewhere minimise and close', async () => {
    const mac = startShell({ platform: 'darwin' });
    await mac.launch();
    const macWindow = (await mac.menu()).find((m) => m.label === 'Window');
    expect(macWindow?.role).toBe('windowMenu');
    expect(macWindow?.submenu?.filter((i) => i.type !== 'separator').map((i) => [i.label, i.role, i.accelerator])).toEqual([
      ['Minimize', 'minimize', 'CmdOrCtrl+M'],
      ['Zoom', 'zoom', undefined],
      ['Close Window', 'close', 'CmdOrCtrl+W'],
      ['Bring All to Front', 'front', undefined],
    ]);
    const linux = startShell();
    await linux.launch();
    const linuxWindow = (await linux.menu()).find((m) => m.label === 'Window');
    expect(linuxWindow?.submenu?.map((i) => i.role)).toEqual(['minimize', 'close']);
  });
});

describe('the window\'s place on screen', () => {
  it('is written before the app exits, even when the window closes right after a move', async () => {
    const rig = startShell();
    const editor = await rig.launch();
    await rig.moveWindow(editor.id, { x: 40, y: 30, width: 1000, height: 700 });
    await rig.closeWindow(editor.id);
    expect(await rig.exited).toBe(0);
    const state = JSON.parse(readFileSync(path.join(rig.config.userData, 'window-state.json'), 'utf8')) as unknown;
    expect(state).toMatchObject({ x: 40, y: 30, width: 1000, height: 700, maximized: false });
  });

  it('is where it was at the next start', async () => {
    const home = path.join(startShell().config.home, 'shared-home');
    mkdirSync(home);
    const first = startShell({ home });
    const editor = await first.launch();
    await first.moveWindow(editor.id, { x: 200, y: 120, width: 1100, height: 760 });
    await first.closeWindow(editor.id);
    await first.exited;
    const second = startShell({ home });
    expect((await second.launch()).options).toMatchObject({ x: 200, y: 120, width: 1100, height: 760 });
  });
});
