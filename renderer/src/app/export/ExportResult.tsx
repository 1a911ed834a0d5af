import { FileOutlined, FolderOpenOutlined } from '@ant-design/icons';
import { Alert, App, Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Outcome } from '../../../../core/ipc/wire.ts';
import { useServices } from '../../state/context.tsx';

function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** The exported files, each with Open and Show in folder. */
export function ExportResult({ files }: { files: string[] }) {
  const { t } = useTranslation('app');
  const { api } = useServices();
  const { message } = App.useApp();
  const report = (outcome: Outcome<object>) => {
    if (!outcome.ok && 'error' in outcome) void message.error(outcome.error);
  };
  return (
    <Alert
      type="success"
      showIcon
      title={t('export.done')}
      data-testid="export-done"
      description={
        <ul className="bc-export-files">
          {files.map((path) => (
            <li key={path} data-testid="export-file" data-path={path}>
              <span className="bc-export-file" title={path}>
                {fileName(path)}
              </span>
              <Space size="small">
                <Button size="small" icon={<FileOutlined />} onClick={() => void api['shell:openFile']({ path }).then(report)}>
                  {t('export.openFile')}
                </Button>
                <Button
                  size="small"
                  icon={<FolderOpenOutlined />}
                  onClick={() => void api['shell:showInFolder']({ path }).then(report)}
                >
                  {t('export.showInFolder')}
                </Button>
              </Space>
            </li>
          ))}
        </ul>
      }
    />
  );
}
