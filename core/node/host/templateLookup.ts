import { InputError } from '../../model/index.ts';
import type { Template } from '../../template/index.ts';
import type { TemplateSummary } from '../../ipc/index.ts';
import { loadTemplateDir } from '../templateDir.ts';
import { listTemplates, type TemplateEntry, type TemplateSources } from '../templates.ts';

const CJK = /[\u3400-\u9fff]/;

/**
 * A template by id, only ever from the registry's folders: unlike resolveTemplate it never takes a path, so a
 * request from the renderer cannot make the host read an arbitrary folder.
 */
export async function templateById(id: string, sources: TemplateSources): Promise<Template> {
  const entries = await listTemplates(sources);
  const entry = entries.find((e) => e.id === id && e.valid) ?? entries.find((e) => e.id === id);
  if (!entry) {
    const known = entries.filter((e) => e.valid).map((e) => e.id).sort().join(', ') || 'none found';
    throw new InputError([{ path: 'templateId', message: `unknown template "${id}" (known templates: ${known})` }]);
  }
  if (!entry.valid) throw new InputError([{ path: 'templateId', message: `template "${id}" cannot be used: ${entry.problems.join('; ')}` }]);
  return loadTemplateDir(entry.dir);
}

async function summarize(entry: TemplateEntry): Promise<TemplateSummary> {
  const base = { id: entry.id, source: entry.source, problems: entry.problems };
  if (entry.valid) {
    try {
      const { manifest } = await loadTemplateDir(entry.dir);
      return { ...base, name: manifest.name, language: manifest.language, valid: true };
    } catch (error) {
      // Changed on disk since it was listed: shown as broken, with the reason, like any other broken template.
      return { ...base, name: { en: entry.name }, language: 'en', valid: false, problems: [String((error as Error).message)] };
    }
  }
  const language = CJK.test(entry.name) ? 'zh-CN' : 'en';
  return { ...base, name: { [language]: entry.name }, language, valid: false };
}

/** Every template the app can see, for the welcome view: built-in, shared and the user's, broken ones included. */
export async function templateSummaries(sources: TemplateSources): Promise<TemplateSummary[]> {
  return Promise.all((await listTemplates(sources)).map(summarize));
}
