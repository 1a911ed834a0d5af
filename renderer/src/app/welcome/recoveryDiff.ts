import type { Briefing, Meta, Section } from '../../../../core/model/index.ts';

/** One way a recovered briefing differs from the file it was autosaved from, for the restore preview. */
export type Difference =
  | { kind: 'title'; from: string; to: string }
  | { kind: 'meta'; field: keyof Meta }
  | { kind: 'attendees'; from: number; to: number }
  | { kind: 'section'; change: 'added' | 'removed' | 'changed'; section: Section }
  | { kind: 'order' }
  | { kind: 'photos' };

// Both sides come through the same schema, so their keys are in the same order and JSON compares them.
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** What restoring `recovered` would change in `onDisk`, in the order a reader meets it. Empty when nothing. */
export function recoveryDifferences(recovered: Briefing, onDisk: Briefing): Difference[] {
  const out: Difference[] = [];
  if (recovered.meta.title !== onDisk.meta.title) out.push({ kind: 'title', from: onDisk.meta.title, to: recovered.meta.title });
  const fields = new Set([...Object.keys(recovered.meta), ...Object.keys(onDisk.meta)] as (keyof Meta)[]);
  for (const field of fields) {
    if (field !== 'title' && !same(recovered.meta[field], onDisk.meta[field])) out.push({ kind: 'meta', field });
  }
  if (!same(recovered.attendees, onDisk.attendees)) {
    out.push({ kind: 'attendees', from: onDisk.attendees.length, to: recovered.attendees.length });
  }
  const before = new Map(onDisk.sections.map((s) => [s.id, s]));
  const after = new Set(recovered.sections.map((s) => s.id));
  for (const section of recovered.sections) {
    const old = before.get(section.id);
    if (!old) out.push({ kind: 'section', change: 'added', section });
    else if (!same(section, old)) out.push({ kind: 'section', change: 'changed', section });
  }
  for (const section of onDisk.sections) if (!after.has(section.id)) out.push({ kind: 'section', change: 'removed', section });
  const kept = (sections: Section[], other: Set<string>) => sections.map((s) => s.id).filter((id) => other.has(id));
  if (!same(kept(recovered.sections, new Set(before.keys())), kept(onDisk.sections, after))) out.push({ kind: 'order' });
  if (!same(recovered.media, onDisk.media)) out.push({ kind: 'photos' });
  return out;
}
