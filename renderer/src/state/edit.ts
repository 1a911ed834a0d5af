import type { Briefing, Section } from '../../../core/model/index.ts';

/** The briefing with one section replaced (by id); other sections are shared, not copied. */
export function replaceSection(briefing: Briefing, id: string, change: (section: Section) => Section): Briefing {
  let changed = false;
  const sections = briefing.sections.map((section) => {
    if (section.id !== id) return section;
    const next = change(section);
    changed ||= next !== section;
    return next;
  });
  return changed ? { ...briefing, sections } : briefing;
}

/** Moves an item of a list from one index to another (drag reordering). */
export function move<T>(items: readonly T[], from: number, to: number): T[] {
  const next = [...items];
  const [item] = next.splice(from, 1);
  if (item === undefined) return [...items];
  next.splice(to, 0, item);
  return next;
}
