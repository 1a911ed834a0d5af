import { useCallback } from 'react';
import type { Briefing, SectionOf, SectionType } from '../../../../core/model/index.ts';
import { useDocumentSelector, useServices } from '../../state/context.tsx';
import type { DocumentState } from '../../state/documentStore.ts';
import { replaceSection } from '../../state/edit.ts';

export type SectionChange<T extends SectionType> = (section: SectionOf<T>) => SectionOf<T>;

/** Writes one change to this section through the store; `key` names the field so typing bursts undo as one step. */
export function useSectionUpdate<T extends SectionType>(section: SectionOf<T>) {
  const { store } = useServices();
  const { id, type } = section;
  return useCallback(
    (change: SectionChange<T>, key?: string) =>
      store.update(
        (briefing) => replaceSection(briefing, id, (s) => (s.type === type ? change(s as SectionOf<T>) : s)),
        key,
      ),
    [store, id, type],
  );
}

const briefingOf = (state: DocumentState | undefined): Briefing => {
  const briefing = state?.history.present.briefing;
  if (!briefing) throw new Error('section editor shown without an open document');
  return briefing;
};

/** The open briefing, re-rendering on every edit. Section editors are only shown while a document is open. */
export function useBriefing(): Briefing {
  return useDocumentSelector(briefingOf);
}

/**
 * One part of the open briefing (`select` defined outside the component), re-rendering only when that part is
 * replaced: attendees or media stay the same objects while other fields are typed.
 */
export function useBriefingPart<T>(select: (briefing: Briefing) => T): T {
  const selector = useCallback((state: DocumentState | undefined) => select(briefingOf(state)), [select]);
  return useDocumentSelector(selector);
}

/** An object with an optional text field set, or the field left out when the text is empty. */
export function withOptional<T extends object, K extends keyof T>(object: T, field: K, value: T[K] | '' | undefined): T {
  const { [field]: _dropped, ...rest } = object;
  return (value === '' || value === undefined ? rest : { ...rest, [field]: value }) as T;
}

export const mediaOf = (briefing: Briefing) => briefing.media;
export const attendeesOf = (briefing: Briefing) => briefing.attendees;
