import path from 'node:path';
import { assertComplete, InputError } from '../../model/index.ts';
import type { PageSizeName, Template } from '../../template/index.ts';
import { fromWire, type Outcome, type WireDocument } from '../../ipc/index.ts';
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
}

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
 */
export class Exporter {
  constructor(
    private readonly service: ExportService,
    private readonly dialogs: HostDialogs,
    private readonly session: SessionFiles,
    private readonly sources: TemplateSources,
  ) {}

  async run(request: ExportRequest): Promise<Outcome<{ files: string[] }>> {
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
    const rendered = await this.service.render(doc, template, formats, request.pageSize);
    const files: string[] = [];
    for (const format of formats) {
      const file = `${base}.${format}`;
      await writeFileAtomic(file, rendered.get(format)!);
      this.session.markWritten(file);
      files.push(file);
    }
    return { ok: true, files };
  }
}
