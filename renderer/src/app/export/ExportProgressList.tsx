import { CheckCircleFilled, ClockCircleOutlined, LoadingOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import './export.css';
import { stepStates } from './exportSteps.ts';
import type { ExportSteps } from './useExportRun.ts';

const ICONS = { done: <CheckCircleFilled />, active: <LoadingOutlined />, waiting: <ClockCircleOutlined /> };

/** The export's steps as the host reports them: done, under way, still to come. */
export function ExportProgressList({ plan, reached, finished }: ExportSteps & { finished: boolean }) {
  const { t } = useTranslation('polish');
  const states = stepStates(plan, reached, finished);
  return (
    <ol className="bc-export-steps" aria-label={t('export.steps')} data-testid="export-steps">
      {plan.map((step, index) => {
        const state = states[index]!;
        return (
          <li key={step} className={`bc-export-step bc-export-step-${state}`} data-testid="export-step" data-step={step} data-state={state}>
            <span aria-hidden="true">{ICONS[state]}</span> {t(`export.step.${step}`)}
            <span className="bc-visually-hidden">{t(`export.step.${state}`)}</span>
          </li>
        );
      })}
    </ol>
  );
}
