import type { ComponentType } from 'react';
import type { SectionOf, SectionType } from '../../../core/model/index.ts';

/**
 * A section editor edits one section of the open briefing. It reads the rest of the briefing with `useBriefingPart` when it
 * needs more than its section (attendees for speakers, media for photos) and writes through the store:
 * `store.update((b) => replaceSection(b, section.id, change), fieldKey)`.
 */
export interface SectionEditorProps<T extends SectionType = SectionType> {
  section: SectionOf<T>;
}

export type SectionEditorRegistry = { [T in SectionType]: ComponentType<SectionEditorProps<T>> };
