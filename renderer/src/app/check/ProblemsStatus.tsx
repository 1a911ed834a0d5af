import { CheckCircleOutlined, WarningOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Finding, Severity } from '../../../../core/check/index.ts';
import { useChecking } from './checking.tsx';

export function severityCounts(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, hint: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

/** The status bar's "2 个错误，1 个警告…": a button that opens the Problems panel. */
export function ProblemsStatus() {
  const { t } = useTranslation('app');
  const { findings, setPanelOpen } = useChecking();
  const counts = severityCounts(findings);
  return (
    <Button
      type="text"
      size="small"
      className="bc-status-problems"
      data-testid="status-problems"
      data-errors={counts.error}
      data-warnings={counts.warning}
      data-hints={counts.hint}
      aria-label={t('check.statusLabel', { errors: counts.error, warnings: counts.warning, hints: counts.hint })}
      icon={findings.length === 0 ? <CheckCircleOutlined /> : <WarningOutlined />}
      onClick={() => setPanelOpen(true)}
    >
      {findings.length === 0 ? t('check.clean') : t('check.status', { errors: counts.error, warnings: counts.warning, hints: counts.hint })}
    </Button>
  );
}
