import { Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

interface Props {
  paths: string[];
  onOpen(path: string): void;
  onClear(): void;
}

function split(path: string): { name: string; folder: string } {
  const at = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return { name: path.slice(at + 1), folder: path.slice(0, Math.max(0, at)) };
}

/** Recently opened or saved briefings, most recent first. */
export function RecentFiles({ paths, onOpen, onClear }: Props) {
  const { t } = useTranslation('app');
  return (
    <section className="bc-welcome-block" aria-labelledby="bc-recent">
      <div className="bc-block-head">
        <Typography.Title level={4} id="bc-recent">
          {t('welcome.recent')}
        </Typography.Title>
        {paths.length > 0 && (
          <Button size="small" type="link" onClick={onClear}>
            {t('welcome.clearRecent')}
          </Button>
        )}
      </div>
      {paths.length === 0 ? (
        <Typography.Text type="secondary">{t('welcome.noRecent')}</Typography.Text>
      ) : (
        <ul className="bc-recent" data-testid="recent-list">
          {paths.map((path) => {
            const { name, folder } = split(path);
            return (
              <li key={path}>
                <Button type="link" onClick={() => onOpen(path)} title={path}>
                  {name}
                </Button>
                <span className="bc-muted">{folder}</span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
