import { FolderOpenOutlined, FormatPainterOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../state/context.tsx';
import type { FileActions } from '../files/useFileActions.ts';
import { WelcomeSeriesActions } from '../series/WelcomeSeriesActions.tsx';
import { RecentFiles } from './RecentFiles.tsx';
import { RecoveredList } from './RecoveredList.tsx';
import { RestorePreview } from './RestorePreview.tsx';
import { TemplateCards } from './TemplateCards.tsx';
import { useWelcomeData } from './useWelcomeData.ts';

/** The start: recovered work first (it is the most urgent), then new from a template, open, and recent files. */
export function Welcome({ files, onNewIssue, onDesign }: { files: FileActions; onNewIssue?: () => void; onDesign?: () => void }) {
  const { t } = useTranslation('app');
  const { t: tDesigner } = useTranslation('designer');
  const { api } = useServices();
  const { data, refresh } = useWelcomeData();
  const [previewing, setPreviewing] = useState<string>();
  return (
    <main className="bc-welcome" data-testid="welcome">
      <header className="bc-welcome-head">
        <div>
          <Typography.Title level={2}>{t('welcome.title')}</Typography.Title>
          <Typography.Text type="secondary">{t('welcome.subtitle')}</Typography.Text>
        </div>
        <Space>
          {onNewIssue && <WelcomeSeriesActions onNewIssue={onNewIssue} />}
          <Button icon={<FolderOpenOutlined />} size="large" onClick={() => void files.open()} data-testid="welcome-open">
            {t('welcome.open')}
          </Button>
        </Space>
      </header>
      {data.error && <Alert type="error" showIcon title={t('welcome.loadFailed', { error: data.error })} />}
      <RecoveredList
        entries={data.recovered}
        onRestore={setPreviewing}
        onDiscard={(key) => void api['recovery:discard']({ key }).then(refresh)}
      />
      <RestorePreview
        entry={data.recovered.find((entry) => entry.key === previewing)}
        onRestore={(key) => void files.restore(key)}
        onClose={() => setPreviewing(undefined)}
      />
      <section className="bc-welcome-block" aria-labelledby="bc-new">
        <Typography.Title level={4} id="bc-new">
          {t('welcome.new')}
        </Typography.Title>
        {data.templates ? <TemplateCards templates={data.templates} onChoose={(tpl) => void files.fromTemplate(tpl)} /> : <Spin />}
        {onDesign && (
          <Button icon={<FormatPainterOutlined />} onClick={onDesign} data-testid="welcome-design">
            {tDesigner('open')}
          </Button>
        )}
      </section>
      <RecentFiles
        paths={data.recent}
        onOpen={(path) => void files.open(path)}
        onClear={() => void api['recent:clear'](undefined).then(refresh)}
      />
    </main>
  );
}
