import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { describeExportFailure } from './exportFailure.ts';

/** A failed export: what happened and what to do, in the UI language. */
export function ExportFailed({ error }: { error: string }) {
  const { t } = useTranslation('app');
  const { what, todo } = describeExportFailure(error, t);
  return (
    <Alert
      type="error"
      showIcon
      title={t('export.failed')}
      description={
        <>
          <p data-testid="export-failed-what">{what}</p>
          <p data-testid="export-failed-todo">{todo}</p>
        </>
      }
      data-testid="export-failed"
    />
  );
}
