import { CheckCircleOutlined, EditOutlined } from '@ant-design/icons';
import { memo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentSelector, useServices } from '../../state/context.tsx';
import type { DocumentState } from '../../state/documentStore.ts';
import { countBriefing, type TextCounts } from './counts.ts';
import { useIdleValue } from './useIdleValue.ts';

const countDocument = (state: DocumentState | undefined): TextCounts =>
  state ? countBriefing(state.history.present.briefing) : { words: 0, characters: 0 };
const sameCounts = (a: TextCounts, b: TextCounts) => a.words === b.words && a.characters === b.characters;
const isDirty = (state: DocumentState | undefined) => state !== undefined && state.history.present !== state.saved;

interface Props {
  pages?: number;
  templateName?: string;
  /** The checker's counts (a button that opens the Problems panel). */
  problems?: ReactNode;
}

/**
 * Saved or not, how much has been written, how many pages it makes, and on which template. It re-renders when
 * one of those figures changes, not on every keystroke.
 */
export const StatusBar = memo(function StatusBar({ pages, templateName, problems }: Props) {
  const { t, i18n } = useTranslation('app');
  const { store } = useServices();
  const dirty = useDocumentSelector(isDirty);
  // Counting a long briefing waits for a pause in typing.
  const counts = useIdleValue(store, countDocument, sameCounts);
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
      {problems}
      {templateName && <span className="bc-status-template">{t('status.template', { name: templateName })}</span>}
    </footer>
  );
});
