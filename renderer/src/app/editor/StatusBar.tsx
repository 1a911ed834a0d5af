import { CheckCircleOutlined, EditOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Briefing } from '../../../../core/model/index.ts';
import { briefingTexts, countText, type TextCounts } from './counts.ts';
import { useIdleValue } from './useIdleValue.ts';

const countBriefing = (briefing: Briefing): TextCounts => countText(briefingTexts(briefing));

interface Props {
  briefing: Briefing;
  dirty: boolean;
  pages?: number;
  templateName?: string;
}

/** Saved or not, how much has been written, how many pages it makes, and on which template. */
export function StatusBar({ briefing, dirty, pages, templateName }: Props) {
  const { t, i18n } = useTranslation('app');
  // Counting a long briefing waits for a pause in typing.
  const counts = useIdleValue(briefing, countBriefing);
  const format = (n: number) => n.toLocaleString(i18n.language);
  return (
    <footer className="bc-status" aria-label={t('status.label')} data-testid="status-bar">
      <span data-testid="status-saved" data-dirty={dirty}>
        {dirty ? <EditOutlined /> : <CheckCircleOutlined />} {dirty ? t('status.unsaved') : t('status.saved')}
      </span>
      <span data-testid="status-words" data-count={counts.words}>
        {t('status.words', { count: counts.words, formatted: format(counts.words) })}
      </span>
      <span data-testid="status-characters" data-count={counts.characters}>
        {t('status.characters', { count: counts.characters, formatted: format(counts.characters) })}
      </span>
      {pages !== undefined && (
        <span data-testid="status-pages" data-count={pages}>
          {t('status.pages', { count: pages, formatted: format(pages) })}
        </span>
      )}
      {templateName && <span className="bc-status-template">{t('status.template', { name: templateName })}</span>}
    </footer>
  );
}
