import { createContext, useContext } from 'react';

export type FieldCheck = 'error' | 'warning' | 'hint';

/**
 * The worst checker finding on the plain field with this DOM id, for its outline colour. The app provides it;
 * without a provider no field is marked.
 */
export const FieldChecksContext = createContext<(fieldId: string) => FieldCheck | undefined>(() => undefined);

export function useFieldCheck(fieldId: string | undefined): FieldCheck | undefined {
  const of = useContext(FieldChecksContext);
  return fieldId ? of(fieldId) : undefined;
}
