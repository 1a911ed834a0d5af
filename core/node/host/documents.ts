import { fromWire, toWire, type WireDocument, type Outcome } from '../../ipc/index.ts';
import { openBriefing, saveBriefing } from '../briefingFile.ts';
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
    const document = await openBriefing(file);
    this.session.markOpened(file);
    await this.recent.add(file);
    return { ok: true, path: file, document: toWire(document) };
  }

  async save(request: { document: WireDocument; path?: string | undefined; saveAs: boolean }): Promise<Outcome<{ path: string }>> {
    const doc = fromWire(request.document);
    const known = request.path !== undefined && !request.saveAs && this.session.isKnown(request.path);
    const chosen = known ? request.path : await this.dialogs.saveBriefing(request.path ?? `${suggestedName(doc.briefing)}.briefing`);
    if (!chosen) return canceled;
    const file = briefingPath(chosen);
    await saveBriefing(file, doc);
    this.session.markWritten(file);
    await this.recent.add(file);
    return { ok: true, path: file };
  }
}
