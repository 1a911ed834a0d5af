import { Alert, Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RecoveryEntry } from '../../../../core/ipc/contract.ts';
import { useAppearance } from '../locale/appearance.tsx';

interface Props {
  entries: RecoveryEntry[];
  onRestore(key: string): void;
  onDiscard(key: string): void;
}

/** Briefings autosaved before a crash or an unconfirmed close, each to restore or throw away. */
export function RecoveredList({ entries, onRestore, onDiscard }: Props) {
  const { t } = useTranslation('app');
  const { language } = useAppearance();
  if (entries.length === 0) return null;
  const when = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section className="bc-welcome-block" aria-labelledby="bc-recovered">
      <Alert
        type="warning"
        showIcon
        title={<span id="bc-recovered">{t('welcome.recovered')}</span>}
        description={
          <>
            <p>{t('welcome.recoveredHint')}</p>
            <ul className="bc-recovered" data-testid="recovered-list">
              {entries.map((entry) => (
                <li key={entry.key} data-testid={`recovered-${entry.key}`}>
                  <span className="bc-recovered-title">{entry.title.trim() || t('newBriefing.title')}</span>
                  <span className="bc-muted">
                    {t('welcome.savedAt', { time: when.format(new Date(entry.savedAt)) })}
                    {entry.path ? ` · ${entry.path}` : ''}
                  </span>
                  <Space>
                    <Button size="small" type="primary" onClick={() => onRestore(entry.key)}>
                      {t('welcome.restore')}
                    </Button>
                    <Button size="small" onClick={() => onDiscard(entry.key)}>
                      {t('welcome.discard')}
                    </Button>
                  </Space>
                </li>
              ))}
            </ul>
          </>
        }
      />
    </section>
  );
}
