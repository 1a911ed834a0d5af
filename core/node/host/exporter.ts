import path from 'node:path';
import { assertComplete, InputError } from '../../model/index.ts';
import type { PageSizeName, Template } from '../../template/index.ts';
import { ExportProgressSchema, fromWire, type ExportProgress, type Outcome, type WireDocument } from '../../ipc/index.ts';
import { writeFileAtomic } from '../atomicWrite.ts';
import type { ExportService } from '../exportService.ts';
import type { TemplateSources } from '../templates.ts';
import type { ExportFormat, HostDialogs } from './deps.ts';
import { exportBase, suggestedName } from './names.ts';
import type { SessionFiles } from './sessionFiles.ts';
import { templateById } from './templateLookup.ts';

export interface ExportRequest {
  document: WireDocument;
  formats: ExportFormat[];
  basePath?: string | undefined;
  pageSize?: PageSizeName | undefined;
  exportId?: string | undefined;
}

export type ProgressSink = (progress: ExportProgress) => void;

function checkPageSize(template: Template, pageSize: PageSizeName | undefined): void {
  const page = template.manifest.page;
  const allowed = page.sizeChoices.length > 0 ? page.sizeChoices : [page.size];
  if (pageSize && !allowed.includes(pageSize)) {
    throw new InputError([{ path: 'pageSize', message: `template "${template.manifest.id}" offers ${allowed.join(', ')} only` }]);
  }
}

/**
 * Export to `<base>.docx` / `<base>.pdf`. Everything is rendered in memory before the first byte is written, and
 * each file is written atomically, so a failure leaves no half-written file. A base path from the renderer is
 * used without asking only in a folder this session already wrote to or opened from.
 *
 * With an `exportId`, each step is reported to `progress` and `cancel(exportId)` stops the export: between steps,
 * or mid-print. A canceled export writes nothing, because nothing is written until every format is rendered.
 */
export class Exporter {
  private readonly running = new Map<string, AbortController>();

  constructor(
    private readonly service: ExportService,
    private readonly dialogs: HostDialogs,
    private readonly session: SessionFiles,
    private readonly sources: TemplateSources,
    private readonly progress: ProgressSink = () => undefined,
  ) {}

  /** Cancels a running export; an id that is not running (finished, never started) is ignored. */
  cancel(exportId: string): void {
    this.running.get(exportId)?.abort(new ExportCanceled());
  }

  async run(request: ExportRequest): Promise<Outcome<{ files: string[] }>> {
    const { exportId } = request;
    if (exportId === undefined) return this.export(request, new AbortController().signal, () => undefined);
    if (this.running.has(exportId)) throw new Error(`an export named "${exportId}" is already running`);
    const controller = new AbortController();
    this.running.set(exportId, controller);
    const report = (step: Omit<ExportProgress, 'exportId'>) => this.progress(ExportProgressSchema.parse({ exportId, ...step }));
    try {
      return await this.export(request, controller.signal, report);
    } catch (error) {
      if (controller.signal.aborted) return { ok: false, canceled: true };
      throw error;
    } finally {
      this.running.delete(exportId);
    }
  }

  private async export(
    request: ExportRequest,
    signal: AbortSignal,
    report: (step: Omit<ExportProgress, 'exportId'>) => void,
  ): Promise<Outcome<{ files: string[] }>> {
    report({ step: 'checking' });
    const doc = fromWire(request.document);
    // Drafts save with blank names; an exported document may not have them. The message names each field.
    assertComplete(doc.briefing);
    const template = await templateById(doc.briefing.meta.templateId, this.sources);
    checkPageSize(template, request.pageSize);
    const formats = [...new Set(request.formats)];
    const trusted = request.basePath !== undefined && this.session.isKnownFolder(path.dirname(path.resolve(request.basePath)));
    const chosen = trusted ? request.basePath : await this.dialogs.exportTarget(request.basePath ?? suggestedName(doc.briefing), formats);
    if (!chosen) return { ok: false, canceled: true };
    const base = exportBase(chosen);
    const rendered = await this.service.render(doc, template, formats, request.pageSize, { signal, onStep: report });
    // The last point a Cancel counts: from here the files are written (each atomically, in milliseconds).
    signal.throwIfAborted();
    const files: string[] = [];
    for (const format of formats) {
      const file = `${base}.${format}`;
      await writeFileAtomic(file, rendered.get(format)!);
      this.session.markWritten(file);
      files.push(file);
      report({ step: 'written', format });
    }
    return { ok: true, files };
  }
}

/** The reason a canceled export's signal carries, so a print stopped by it is not mistaken for a failure. */
export class ExportCanceled extends Error {
  override name = 'ExportCanceled';
  constructor() {
    super('the export was canceled');
  }
}
