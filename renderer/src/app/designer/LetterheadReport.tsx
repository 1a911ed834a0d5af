import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LetterheadTemplate } from '../../../../core/template/index.ts';

/** What a Word letterhead gave the new template, and, plainly, what it did not. */
export function LetterheadReport({ report, onClose }: { report: Pick<LetterheadTemplate, 'taken' | 'missing'>; onClose(): void }) {
  const { t } = useTranslation('designer');
  const item = (key: string) => t(`letterhead.item.${key}`);
  return (
    <Alert
      type={report.missing.length > 0 ? 'warning' : 'success'}
      showIcon
      closable
      onClose={onClose}
      data-testid="designer-letterhead-report"
      title={t('letterhead.title')}
      description={
        <>
          <div data-testid="letterhead-taken">
            {t('letterhead.taken')} {report.taken.map(item).join(t('letterhead.separator', { defaultValue: ', ' }))}
          </div>
          {report.missing.length > 0 && (
            <div data-testid="letterhead-missing">
              {t('letterhead.missing')}
              <ul className="bc-problems">
                {report.missing.map((m) => (
                  <li key={`${m.item}-${m.reason}`}>
                    {item(m.item)}: {t(`letterhead.reason.${m.reason}`, { detail: m.detail ?? '' })}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </>
      }
    />
  );
}
