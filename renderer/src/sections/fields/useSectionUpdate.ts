import { useCallback } from 'react';
import type { Briefing, SectionOf, SectionType } from '../../../../core/model/index.ts';
import { useDocument, useServices } from '../../state/context.tsx';
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

/** The open briefing. Section editors are only shown while a document is open. */
export function useBriefing(): Briefing {
  const briefing = useDocument()?.history.present.briefing;
  if (!briefing) throw new Error('section editor shown without an open document');
  return briefing;
}

/** An object with an optional text field set, or the field left out when the text is empty. */
export function withOptional<T extends object, K extends keyof T>(object: T, field: K, value: T[K] | '' | undefined): T {
  const { [field]: _dropped, ...rest } = object;
  return (value === '' || value === undefined ? rest : { ...rest, [field]: value }) as T;
}
