import type { SectionType } from '../../../../core/model/index.ts';
import type { DocumentState } from '../../state/documentStore.ts';

/** What the outline shows of a section: typing in its body changes none of it. */
export interface OutlineEntry {
  id: string;
  type: SectionType;
  hidden: boolean;
  heading: string | undefined;
}

/** The sections as outline entries: a new array on every edit, kept as the previous one by `sameEntries`. */
export function outlineEntries(state: DocumentState | undefined): OutlineEntry[] {
  return (state?.history.present.briefing.sections ?? []).map((s) => ({
    id: s.id,
    type: s.type,
    hidden: Boolean(s.hidden),
    heading: s.heading,
  }));
}

/** Field-by-field, so a keystroke in a section body leaves the outline's entries (and the outline) as they were. */
export function sameEntries(a: readonly OutlineEntry[], b: readonly OutlineEntry[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((x, i) => {
    const y = b[i]!;
    return x.id === y.id && x.type === y.type && x.hidden === y.hidden && x.heading === y.heading;
  });
}
