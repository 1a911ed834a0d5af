import path from 'node:path';
import { InputError } from '../model/index.ts';
import type { EditableTemplate, TemplateSaveOutcome, TemplateTargets, WireTemplate } from '../ipc/contract.ts';
import type { Outcome } from '../ipc/wire.ts';
import { packTemplate, TEMPLATE_FILE_EXTENSION, unpackTemplate, type Template } from '../template/index.ts';
import { writeFileAtomic } from './atomicWrite.ts';
import { loadTemplateDir } from './templateDir.ts';
import { listTemplates, sharedTemplateDirs, userTemplatesDir, type TemplateSources } from './templates.ts';
import { saveTemplate, templateVersion } from './templatesWrite.ts';

/** Asks where to write a .briefing-template; undefined when the user cancels. */
export type TemplateFileDialog = (suggested: string) => Promise<string | undefined>;

const toWire = (template: Template): WireTemplate => ({ manifest: template.manifest, assets: Object.fromEntries(template.assets) });

/**
 * The host side of the template designer: templates by id from the registry's folders only (never a path the
 * renderer names), saves into the user's or the shared folder, and .briefing-template files in and out.
 */
export class TemplateDesk {
  constructor(
    private readonly sources: TemplateSources,
    private readonly saveDialog?: TemplateFileDialog,
  ) {}

  targets(): TemplateTargets {
    const shared = this.sources.sharedDirs?.[0] ?? sharedTemplateDirs()[0];
    return { user: this.sources.userDir ?? userTemplatesDir(), ...(shared ? { shared } : {}) };
  }

  private async entry(id: string) {
    const entries = await listTemplates(this.sources);
    const entry = entries.find((e) => e.id === id && e.valid);
    if (!entry) {
      const broken = entries.find((e) => e.id === id);
      const why = broken ? `template "${id}" cannot be used: ${broken.problems.join('; ')}` : `unknown template "${id}"`;
      throw new InputError([{ path: 'templateId', message: why }]);
    }
    return { entry, builtinIds: new Set(entries.filter((e) => e.source === 'builtin').map((e) => e.id)) };
  }

  async load(id: string): Promise<Outcome<EditableTemplate>> {
    const { entry } = await this.entry(id);
    const template = await loadTemplateDir(entry.dir);
    const version = entry.source === 'builtin' ? undefined : await templateVersion(entry.dir);
    return { ok: true, template: toWire(template), source: entry.source, ...(version ? { version } : {}) };
  }

  async save(request: {
    manifest: unknown;
    assets: Record<string, Uint8Array>;
    target: 'user' | 'shared';
    expectedVersion?: string | undefined;
    overwrite: boolean;
  }): Promise<TemplateSaveOutcome> {
    const targets = this.targets();
    const root = request.target === 'shared' ? targets.shared : targets.user;
    if (!root) return { ok: false, error: 'no shared templates folder is configured (BRIEFING_SHARED_TEMPLATES)' };
    const entries = await listTemplates(this.sources);
    const reservedIds = new Set(entries.filter((e) => e.source === 'builtin').map((e) => e.id));
    const saved = await saveTemplate(root, request.manifest, new Map(Object.entries(request.assets)), {
      expectedVersion: request.expectedVersion,
      overwrite: request.overwrite,
      reservedIds,
    });
    if (!saved.ok) {
      const error =
        saved.conflict === 'exists'
          ? `a template is already saved in ${saved.dir}`
          : `the template in ${saved.dir} was changed by someone else since you opened it`;
      return { ok: false, error, conflict: saved.conflict };
    }
    return { ok: true, id: path.basename(saved.dir), version: saved.version, dir: saved.dir };
  }

  async exportFile(id: string, target?: string): Promise<Outcome<{ path: string }>> {
    const { entry } = await this.entry(id);
    const template = await loadTemplateDir(entry.dir);
    const file = target ?? (await this.saveDialog?.(`${id}${TEMPLATE_FILE_EXTENSION}`));
    if (!file) return { ok: false, canceled: true };
    const named = file.endsWith(TEMPLATE_FILE_EXTENSION) ? file : `${file}${TEMPLATE_FILE_EXTENSION}`;
    await writeFileAtomic(named, packTemplate(template));
    return { ok: true, path: named };
  }

  readFile(bytes: Uint8Array): Outcome<{ template: WireTemplate }> {
    const read = unpackTemplate(bytes);
    if (!read.ok) throw new InputError(read.problems);
    return { ok: true, template: toWire(read.value) };
  }
}
