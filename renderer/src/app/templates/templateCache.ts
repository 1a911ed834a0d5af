import type { BriefingApi, TemplateSummary, WireTemplate } from '../../../../core/ipc/contract.ts';
import type { Language } from '../../../../core/model/index.ts';
import type { Template } from '../../../../core/template/index.ts';

export function templateFromWire(wire: WireTemplate): Template {
  return { manifest: wire.manifest, assets: new Map(Object.entries(wire.assets)) };
}

const caches = new WeakMap<BriefingApi, Map<string, Promise<Template>>>();

/**
 * A template by id, fetched once per session: the preview and the thumbnails ask for the same few templates
 * many times. A failure is not cached, so fixing the template folder and trying again works.
 */
export function loadTemplate(api: BriefingApi, id: string): Promise<Template> {
  let cache = caches.get(api);
  if (!cache) caches.set(api, (cache = new Map()));
  const known = cache.get(id);
  if (known) return known;
  const loading = api['templates:get']({ id }).then((outcome) => {
    if (outcome.ok) return templateFromWire(outcome.template);
    throw new Error('error' in outcome ? outcome.error : `template "${id}" was not loaded`);
  });
  cache.set(id, loading);
  loading.catch(() => cache.delete(id));
  return loading;
}

/** A template's name in the UI language, else in the other one. */
export function templateName(summary: Pick<TemplateSummary, 'name' | 'id'>, language: Language): string {
  return summary.name[language] ?? summary.name[language === 'en' ? 'zh-CN' : 'en'] ?? summary.id;
}

let revision = 0;
const listeners = new Set<() => void>();

/** Counts templates forgotten this session, so a view showing one can fetch it again (useTemplate). */
export const templateRevision = {
  get: () => revision,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

/** Forgets a template fetched earlier: after the designer saved it, the next use must see the new version. */
export function forgetTemplate(api: BriefingApi, id: string): void {
  caches.get(api)?.delete(id);
  revision++;
  listeners.forEach((listener) => listener());
}
