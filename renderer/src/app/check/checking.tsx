import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { checkBriefing, type Finding } from '../../../../core/check/index.ts';
import { underlinesContextValue } from './marks.ts';
import { UnderlinesContext } from '../../richtext/underlines.ts';
import { FieldChecksContext } from '../../sections/fields/fieldChecks.ts';
import { useDocumentSelector, useServices } from '../../state/context.tsx';
import type { DocumentState } from '../../state/documentStore.ts';
import { useDisabledRules } from './disabledRules.ts';
import { fixFindings } from './fixFindings.ts';
import { useFindings } from './useFindings.ts';
import { useSeriesNumbers } from '../series/useSeriesNumbers.ts';

export interface Checking {
  findings: readonly Finding[];
  disabledRules: readonly string[];
  panelOpen: boolean;
  setPanelOpen(open: boolean): void;
  /** Applies these findings' fixes as one edit: one undo step. */
  fix(findings: readonly Finding[]): void;
  disableRule(rule: string): void;
  enableAllRules(): void;
}

const CheckingContext = createContext<Checking | undefined>(undefined);
const findingKey = (f: Finding) => `${f.rule}|${f.path}|${f.range?.start}|${f.range?.end}|${f.fix}`;
const briefingKey = (state: DocumentState | undefined) => state?.path ?? state?.recoveryKey;

/** The checker's findings for the open briefing, shared by the status bar, the panel and the editors. */
export function CheckingProvider({ children }: { children: ReactNode }) {
  const { store } = useServices();
  const key = useDocumentSelector(briefingKey);
  const disabled = useDisabledRules(key);
  const series = useSeriesNumbers();
  const findings = useFindings(store, disabled.rules, undefined, series);
  const [panelOpen, setPanelOpen] = useState(false);
  const disabledRules = disabled.rules;
  const fix = useCallback(
    (chosen: readonly Finding[]) =>
      store.update((briefing) => {
        // The list may be a check behind the text (it follows typing at idle time): only a finding the text
        // still has is fixed, so a stale range never replaces the wrong characters.
        const current = new Set(checkBriefing(briefing, { disabledRules: [...disabledRules], ...(series ? { series } : {}) }).map(findingKey));
        return fixFindings(briefing, chosen.filter((f) => current.has(findingKey(f))));
      }),
    [store, disabledRules, series],
  );
  const value = useMemo<Checking>(
    () => ({
      findings,
      disabledRules: disabled.rules,
      panelOpen,
      setPanelOpen,
      fix,
      disableRule: disabled.disable,
      enableAllRules: disabled.enableAll,
    }),
    [findings, disabled.rules, disabled.disable, disabled.enableAll, panelOpen, fix],
  );
  // Where the findings are drawn: underlines in rich text, an outline colour on plain fields.
  const marks = useMemo(() => underlinesContextValue(findings, store.document?.briefing), [findings, store]);
  return (
    <CheckingContext.Provider value={value}>
      <UnderlinesContext.Provider value={marks.underlines}>
        <FieldChecksContext.Provider value={marks.fieldCheck}>{children}</FieldChecksContext.Provider>
      </UnderlinesContext.Provider>
    </CheckingContext.Provider>
  );
}

export function useChecking(): Checking {
  const checking = useContext(CheckingContext);
  if (!checking) throw new Error('useChecking outside CheckingProvider');
  return checking;
}
