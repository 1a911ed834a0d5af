import { useCallback } from 'react';
import type { Finding } from '../../../../core/check/index.ts';
import type { Template } from '../../../../core/template/index.ts';
import { useDocumentSelector } from '../../state/context.tsx';
import type { DocumentState } from '../../state/documentStore.ts';
import { useNavigation } from '../editor/navigation.tsx';
import { useAppearance } from '../locale/appearance.tsx';
import { useChecking } from './checking.tsx';
import type { FindingTarget } from './findingTarget.ts';
import { focusFinding } from './focusFinding.ts';
import { ProblemsPanel } from './ProblemsPanel.tsx';

const briefingOf = (state: DocumentState | undefined) => state?.history.present.briefing;

/** The Problems panel wired to the open briefing, the navigation and the document store. */
export function ProblemsDrawer({ template }: { template: Template | undefined }) {
  const checking = useChecking();
  const { language } = useAppearance();
  const { select } = useNavigation();
  // The briefing is read only while the panel is open, so typing with it closed re-renders nothing here.
  const briefing = useDocumentSelector(checking.panelOpen ? briefingOf : noBriefing);
  const goTo = useCallback(
    (finding: Finding, at: FindingTarget) => {
      select(at.target);
      if (at.fieldId) focusFinding(at.fieldId, at.blockPath, finding.range);
    },
    [select],
  );
  return (
    <ProblemsPanel
      open={checking.panelOpen}
      onClose={() => checking.setPanelOpen(false)}
      findings={checking.findings}
      briefing={briefing}
      template={template}
      language={language}
      disabledBy={checking.disabledBy}
      onGoTo={goTo}
      onFix={checking.fix}
      onDisable={checking.disableRule}
      onEnable={checking.enableRule}
      onEnableAll={checking.enableAllRules}
    />
  );
}

const noBriefing = () => undefined;
