import { problemsFromZod, type Result } from '../model/index.ts';
import { TemplateManifestSchema, type TemplateManifest } from './manifest.ts';

/** Untrusted manifest JSON in; a valid manifest or every problem with its path. Never throws. */
export function parseTemplateManifest(raw: unknown): Result<TemplateManifest> {
  const parsed = TemplateManifestSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) return { ok: false, problems: problemsFromZod(parsed.error) };
  const manifest = parsed.data;
  if (manifest.page.sizeChoices.length > 0 && !manifest.page.sizeChoices.includes(manifest.page.size)) {
    return { ok: false, problems: [{ path: 'page.sizeChoices', message: `must include the default size "${manifest.page.size}"` }] };
  }
  if (manifest.attendees.style === 'run-in' && !manifest.attendees.runIn) {
    return { ok: false, problems: [{ path: 'attendees.runIn', message: 'required when attendees.style is "run-in"' }] };
  }
  return { ok: true, value: manifest };
}
