import { stat } from 'node:fs/promises';
import type { Outcome } from '../../ipc/index.ts';
import type { HostShell } from './deps.ts';
import type { SessionFiles } from './sessionFiles.ts';

type Done = Outcome<object>;

/** "Open" and "Show in folder" after an export or save: only for files this session wrote, never any path. */
export class ShellAccess {
  constructor(
    private readonly shell: HostShell,
    private readonly session: SessionFiles,
  ) {}

  private async refusal(file: string): Promise<Done | undefined> {
    if (!this.session.wasWritten(file)) {
      return { ok: false, error: `${file}: only files exported or saved in this session can be opened from here` };
    }
    const exists = await stat(file).then((info) => info.isFile(), () => false);
    return exists ? undefined : { ok: false, error: `${file}: the file is no longer there (moved or deleted?)` };
  }

  async openFile(file: string): Promise<Done> {
    const refused = await this.refusal(file);
    if (refused) return refused;
    const problem = await this.shell.openPath(file);
    return problem ? { ok: false, error: `${file}: ${problem}` } : { ok: true };
  }

  async showInFolder(file: string): Promise<Done> {
    const refused = await this.refusal(file);
    if (refused) return refused;
    this.shell.showItemInFolder(file);
    return { ok: true };
  }
}
