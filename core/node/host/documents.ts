import { fromWire, toWire, type WireDocument, type Outcome } from '../../ipc/index.ts';
import path from 'node:path';
import { access, stat } from 'node:fs/promises';
import { openBriefingVersioned, saveBriefing } from '../briefingFile.ts';
import { changedSince, versionOfBytes } from '../fileVersion.ts';
import type { HostDialogs } from './deps.ts';
import { briefingPath, suggestedName } from './names.ts';
import type { RecentFiles } from './recentFiles.ts';
import type { SessionFiles } from './sessionFiles.ts';

const canceled = { ok: false, canceled: true } as const;

/** Open and save. A path from the renderer is written without asking only if this session opened or saved it. */
export class DocumentService {
  constructor(
    private readonly dialogs: HostDialogs,
    private readonly recent: RecentFiles,
    private readonly session: SessionFiles,
  ) {}

  async open(request: { path?: string | undefined }): Promise<Outcome<{ path: string; document: WireDocument }>> {
    const file = request.path ?? (await this.dialogs.openBriefing());
    if (!file) return canceled;
    const { document, version } = await openBriefingVersioned(file);
    this.session.markOpened(file);
    this.session.remember(file, version);
    await this.bookkeeping(() => this.recent.add(file));
    return { ok: true, path: file, document: toWire(document) };
  }

  async save(request: { document: WireDocument; path?: string | undefined; saveAs: boolean }): Promise<Outcome<{ path: string }>> {
    const doc = fromWire(request.document);
    const known = request.path !== undefined && !request.saveAs && this.session.isKnown(request.path);
    const chosen = known ? request.path : await this.dialogs.saveBriefing(request.path ?? `${suggestedName(doc.briefing)}.briefing`);
    if (!chosen) return canceled;
    let file = briefingPath(chosen);
    // Saving over the file this session knows: only if nobody else has changed it since, or the user says so.
    const knownVersion = known ? this.session.versionOf(file) : undefined;
    if (knownVersion && (await changedSince(file, knownVersion))) {
      const choice = await this.dialogs.fileChanged(file);
      if (choice === 'cancel') return canceled;
      if (choice === 'keepBoth') file = await freeName(file);
    }
    const written = await saveBriefing(file, doc);
    this.session.markWritten(file);
    // The version from the bytes just written (and the file's new time), not by reading the whole file back.
    this.session.remember(file, await stat(file).then((info) => versionOfBytes(written, info), () => undefined));
    // The document is written: whatever fails after this is bookkeeping, not a failed save.
    await this.bookkeeping(() => this.recent.add(file));
    return { ok: true, path: file };
  }

  private async bookkeeping(step: () => Promise<unknown>): Promise<void> {
    await step().catch((error: unknown) => console.warn(`briefing: could not update the recent files list (${error instanceof Error ? error.message : String(error)})`));
  }
}

/** "report (2).briefing", "report (3).briefing"…: the first name beside `file` that is not taken. */
async function freeName(file: string): Promise<string> {
  const { dir, name, ext } = path.parse(file);
  for (let n = 2; ; n++) {
    const candidate = path.join(dir, `${name} (${n})${ext}`);
    if (!(await access(candidate).then(() => true, () => false))) return candidate;
  }
}
