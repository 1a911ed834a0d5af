import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EVENT_CHANNELS } from '../../core/ipc/channels.ts';
import { startShell, wireDocument } from './rig/fixtures.ts';
import path from 'node:path';

const progressSent = (sent: { channel: string; payload: unknown }[]) =>
  sent.filter((m) => m.channel === EVENT_CHANNELS.exportProgress).map((m) => m.payload as { exportId: string; step: string; format?: string });

/** Issue 9, item 9, in the shell: progress goes to the editor window, and Cancel stops a print in the hidden window. */
describe('export progress and Cancel in the Electron shell', () => {
  it('sends each step of an export to the editor window that asked, with its id', async () => {
    const rig = startShell();
    const editor = await rig.launch();
    const base = path.join(rig.config.home, 'report');
    await rig.answer('save', `${base}.pdf`);
    const result = await rig.invoke(editor.id, 'export:run', { document: wireDocument('en'), formats: ['docx', 'pdf'], exportId: 'run-1' });
    expect(result).toMatchObject({ ok: true, value: { ok: true, files: [`${base}.docx`, `${base}.pdf`] } });
    const window = (await rig.windows()).find((w) => w.id === editor.id)!;
    expect(progressSent(window.sent)).toEqual([
      { exportId: 'run-1', step: 'checking' },
      { exportId: 'run-1', step: 'building', format: 'docx' },
      { exportId: 'run-1', step: 'layout', format: 'pdf' },
      { exportId: 'run-1', step: 'printing', format: 'pdf' },
      { exportId: 'run-1', step: 'written', format: 'docx' },
      { exportId: 'run-1', step: 'written', format: 'pdf' },
    ]);
    // Only the editor hears about it, not the hidden print window.
    for (const other of (await rig.windows()).filter((w) => w.id !== editor.id)) expect(progressSent(other.sent)).toEqual([]);
  });

  it('Cancel mid-print closes the print window, answers canceled, writes nothing; the next export prints again', async () => {
    const rig = startShell();
    const editor = await rig.launch();
    const base = path.join(rig.config.home, 'big');
    await rig.answer('save', `${base}.pdf`);
    await rig.answer('print', 'hang');
    const running = rig.invoke(editor.id, 'export:run', { document: wireDocument('zh-CN'), formats: ['docx', 'pdf'], exportId: 'run-2' });
    const printer = await rig.waitFor(async () => (await rig.windows()).find((w) => w.printRequests.length > 0), 'the print to start');
    expect(await rig.invoke(editor.id, 'export:cancel', { exportId: 'run-2' })).toMatchObject({ ok: true });
    expect(await running).toMatchObject({ ok: true, value: { ok: false, canceled: true } });
    // The hung print's window is gone; nothing was written in the folder, not even a temp file; not the DOCX either.
    expect((await rig.windows()).some((w) => w.id === printer.id)).toBe(false);
    expect(readdirSync(rig.config.home).filter((name) => name.includes('big'))).toEqual([]);
    const sent = progressSent((await rig.windows()).find((w) => w.id === editor.id)!.sent).map((p) => p.step);
    expect(sent).toEqual(['checking', 'building', 'layout', 'printing']);

    await rig.answer('save', `${base}.pdf`);
    const again = await rig.invoke(editor.id, 'export:run', { document: wireDocument('zh-CN'), formats: ['pdf'], exportId: 'run-3' });
    expect(again).toMatchObject({ ok: true, value: { ok: true, files: [`${base}.pdf`] } });
    expect(readdirSync(rig.config.home).filter((name) => name.includes('big'))).toEqual(['big.pdf']);
  });
});
