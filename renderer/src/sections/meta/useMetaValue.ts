import { useCallback } from 'react';
import type { Meta } from '../../../../core/model/index.ts';
import { useDocumentSelector } from '../../state/context.tsx';
import type { DocumentState } from '../../state/documentStore.ts';
import { useMetaUpdate } from './metaUpdate.ts';

/**
 * One header field's value and a stable setter: the field re-renders when its own value changes, so a keystroke
 * in the title does not re-render the other dozen fields of the form.
 */
export function useMetaValue<K extends keyof Meta>(field: K): [Meta[K] | undefined, (value: Meta[K] | undefined) => void] {
  const value = useDocumentSelector(
    useCallback((state: DocumentState | undefined) => state?.history.present.briefing.meta[field], [field]),
  );
  const update = useMetaUpdate();
  const set = useCallback((next: Meta[K] | undefined) => update(field, next), [update, field]);
  return [value, set];
}
