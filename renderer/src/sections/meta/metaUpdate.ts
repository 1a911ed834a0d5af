import { useCallback } from 'react';
import type { Meta } from '../../../../core/model/index.ts';
import { useServices } from '../../state/context.tsx';
import { withOptional } from '../fields/useSectionUpdate.ts';

export type MetaTextField =
  | 'title'
  | 'subtitle'
  | 'issueNumber'
  | 'location'
  | 'organisationVisited'
  | 'issuingOffice'
  | 'author'
  | 'reviewer'
  | 'classification'
  | 'urgency';

/** Writes one meta field; required fields (title, visit date, language) are kept even when empty. */
export function useMetaUpdate() {
  const { store } = useServices();
  return useCallback(
    <K extends keyof Meta>(field: K, value: Meta[K] | undefined) =>
      store.update((briefing) => {
        if (briefing.meta[field] === value) return briefing;
        const required = field === 'title' || field === 'visitDate' || field === 'language' || field === 'templateId';
        const meta = required && value !== undefined ? { ...briefing.meta, [field]: value } : withOptional(briefing.meta, field, value);
        return { ...briefing, meta };
      }, `meta.${field}`),
    [store],
  );
}
