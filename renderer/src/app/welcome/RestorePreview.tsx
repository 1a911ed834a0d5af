import { Alert, Descriptions, Modal, Spin } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { RecoveryEntry } from '../../../../core/ipc/contract.ts';
import type { Meta } from '../../../../core/model/index.ts';
import { sectionLabel } from '../editor/sectionLabel.ts';
import { useAppearance } from '../locale/appearance.tsx';
import type { Difference } from './recoveryDiff.ts';
import { useRestorePreview, type Comparison } from './useRestorePreview.ts';

interface Props {
  /** The entry to preview; undefined when the dialog is closed. */
  entry: RecoveryEntry | undefined;
  onRestore(key: string): void;
  onClose(): void;
}

/** The meta form's own label for a field, so the preview names it as the form does. */
function metaFieldLabel(field: keyof Meta, t: TFunction<'sections'>): string {
  const own: Partial<Record<keyof Meta, string>> = {
    title: 'metaTitle',
    visitDate: 'metaVisitDate',
    startTime: 'metaStartTime',
    endTime: 'metaEndTime',
    language: 'metaLanguage',
  };
  if (field === 'templateId') return t('templateField');
  return t(own[field] ?? `meta_${field}`);
}

function describe(difference: Difference, t: TFunction<'app'>, ts: TFunction<'sections'>): string {
  switch (difference.kind) {
    case 'title':
      return t('restore.diff.title', { from: difference.from, to: difference.to });
    case 'meta':
      return t('restore.diff.changed', { label: metaFieldLabel(difference.field, ts) });
    case 'attendees':
      return difference.from === difference.to
        ? t('restore.diff.changed', { label: t('sectionTypes.attendees') })
        : t('restore.diff.attendees', { from: difference.from, to: difference.to });
    case 'section':
      return t(`restore.diff.section.${difference.change}`, { label: sectionLabel(difference.section, t) });
    case 'order':
      return t('restore.diff.order');
    case 'photos':
      return t('restore.diff.changed', { label: t('sectionTypes.photos') });
  }
}

function ComparisonView({ comparison, t, ts }: { comparison: Comparison; t: TFunction<'app'>; ts: TFunction<'sections'> }) {
  if (comparison.kind === 'neverSaved') return <p>{t('restore.neverSaved')}</p>;
  if (comparison.kind === 'unreadable') return <Alert type="warning" showIcon title={t('restore.unreadable', { error: comparison.error })} />;
  if (comparison.differences.length === 0) return <p data-testid="restore-same">{t('restore.same')}</p>;
  return (
    <>
      <p>{t('restore.differences')}</p>
      <ul data-testid="restore-differences">
        {comparison.differences.map((d, i) => (
          <li key={i}>{describe(d, t, ts)}</li>
        ))}
      </ul>
    </>
  );
}

/**
 * Before a restore replaces anything: which briefing, autosaved when, from which file, and what it changes in
 * that file. Restoring is a decision, not a click that silently brings back text the user may have undone.
 */
export function RestorePreview({ entry, onRestore, onClose }: Props) {
  const { t } = useTranslation('app');
  const { t: ts } = useTranslation('sections');
  const { language } = useAppearance();
  const data = useRestorePreview(entry?.key);
  const when = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
  const okProps = { disabled: data.status !== 'ready', 'data-testid': 'restore-confirm' };
  return (
    <Modal
      open={entry !== undefined}
      title={t('restore.title')}
      okText={t('restore.confirm')}
      cancelText={t('restore.cancel')}
      okButtonProps={okProps}
      onOk={() => entry && onRestore(entry.key)}
      onCancel={onClose}
      destroyOnHidden
    >
      <div data-testid="restore-preview">
        {entry && (
          <Descriptions
            column={1}
            size="small"
            items={[
              { key: 'title', label: t('restore.briefingTitle'), children: (data.status === 'ready' ? data.recovered.meta.title : entry.title).trim() || t('newBriefing.title') },
              { key: 'time', label: t('restore.autosavedAt'), children: when.format(new Date(entry.savedAt)) },
              ...(entry.path ? [{ key: 'file', label: t('restore.file'), children: entry.path }] : []),
            ]}
          />
        )}
        {data.status === 'loading' && <Spin />}
        {data.status === 'failed' && <Alert type="error" showIcon title={t('restore.failed', { error: data.error })} />}
        {data.status === 'ready' && <ComparisonView comparison={data.comparison} t={t} ts={ts} />}
      </div>
    </Modal>
  );
}
