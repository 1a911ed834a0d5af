import { NumberOutlined, TeamOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePeopleDirectory } from '../people/peopleContext.ts';

/** The welcome view's way into the weekly routine: the next issue of a series, and the people directory. */
export function WelcomeSeriesActions({ onNewIssue }: { onNewIssue(): void }) {
  const { t } = useTranslation('series');
  const people = usePeopleDirectory();
  return (
    <Space>
      <Button icon={<NumberOutlined />} size="large" type="primary" onClick={onNewIssue} data-testid="welcome-new-issue">
        {t('newIssue')}
      </Button>
      <Button icon={<TeamOutlined />} size="large" onClick={people.open} data-testid="welcome-people">
        {t('peopleOpen')}
      </Button>
    </Space>
  );
}
