import { App } from 'antd';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { checkBriefing, type Finding } from '../../../../core/check/index.ts';
import { underlinesContextValue } from './marks.ts';
import { UnderlinesContext } from '../../richtext/underlines.ts';
import { FieldChecksContext } from '../../sections/fields/fieldChecks.ts';
import { useDocumentSelector, useServices } from '../../state/context.tsx';
import type { DocumentState } from '../../state/documentStore.ts';
import { useDisabledRules } from './disabledRules.ts';
import { useGlobalDisabledRules } from './globalRules.ts';
import { fixFindings } from './fixFindings.ts';
import { useFindings } from './useFindings.ts';
import { useSeriesNumbers } from '../series/useSeriesNumbers.ts';

/** Where a rule is switched off: for the open briefing only, or for every briefing (settings). */
export type RuleScope = 'briefing' | 'everywhere';

export interface Checking {
  findings: readonly Finding[];
  /** Every rule not run: those off for this briefing and those off everywhere. */
  disabledRules: readonly string[];
  disabledBy: Record<RuleScope, readonly string[]>;
  panelOpen: boolean;
  setPanelOpen(open: boolean): void;
  /** Applies these findings' fixes as one edit: one undo step. */
  fix(findings: readonly Finding[]): void;
  disableRule(rule: string, scope?: RuleScope): void;
  enableRule(rule: string, scope: RuleScope): void;
  enableAllRules(): void;
}

const CheckingContext = createContext<Checking | undefined>(undefined);
const findingKey = (f: Finding) => `${f.rule}|${f.path}|${f.range?.start}|${f.range?.end}|${f.fix}`;
const briefingKey = (state: DocumentState | undefined) => state?.path ?? state?.recoveryKey;

/** The checker's findings for the open briefing, shared by the status bar, the panel and the editors. */
export function CheckingProvider({ children }: { children: ReactNode }) {
  const { store, api } = useServices();
  const { message } = App.useApp();
  const { t } = useTranslation('polish');
  const key = useDocumentSelector(briefingKey);
  const disabled = useDisabledRules(key);
  const reportSettings = useCallback((error: string) => void message.error(t('check.settingsFailed', { error })), [message, t]);
  const everywhere = useGlobalDisabledRules(api, reportSettings);
  const disabledRules = useMemo(() => [...new Set([...disabled.rules, ...everywhere.rules])], [disabled.rules, everywhere.rules]);
  const series = useSeriesNumbers();
  const findings = useFindings(store, disabledRules, undefined, series);
  const [panelOpen, setPanelOpen] = useState(false);
  const { disable, enable, enableAll } = disabled;
  const { setEnabled } = everywhere;
  const disableRule = useCallback((rule: string, scope: RuleScope = 'briefing') => (scope === 'briefing' ? disable(rule) : setEnabled(rule, false)), [disable, setEnabled]);
  const enableRule = useCallback((rule: string, scope: RuleScope) => (scope === 'briefing' ? enable(rule) : setEnabled(rule, true)), [enable, setEnabled]);
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
      disabledRules,
      disabledBy: { briefing: disabled.rules, everywhere: everywhere.rules },
      panelOpen,
      setPanelOpen,
      fix,
      disableRule,
      enableRule,
      enableAllRules: enableAll,
    }),
    [findings, disabledRules, disabled.rules, everywhere.rules, panelOpen, fix, disableRule, enableRule, enableAll],
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
