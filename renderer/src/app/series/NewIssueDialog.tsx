import { Alert, Button, Checkbox, Empty, Modal, Select, Space, Spin, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SeriesSummary, TemplateSummary } from '../../../../core/ipc/contract.ts';
import { briefingForIssue, issueLabel, nextNumber, type Series, type SeriesSource } from '../../../../core/series/index.ts';
import { useServices } from '../../state/context.tsx';
import type { FileActions } from '../files/useFileActions.ts';
import { SeriesDialog } from './SeriesDialog.tsx';

interface Loaded {
  series: SeriesSummary[];
  templates: TemplateSummary[];
}

/**
 * "New issue": pick a series, see the number it will get, tick the standing attendees to bring, and start. The
 * number is taken from the host only on OK (and after any unsaved-changes question), so looking costs nothing.
 */
export function NewIssueDialog({ open, onClose, files }: { open: boolean; onClose(): void; files: Pick<FileActions, 'startWith'> }) {
  const { t, i18n } = useTranslation('series');
  const { api } = useServices();
  const [loaded, setLoaded] = useState<Loaded>();
  const [chosenId, setChosenId] = useState<string>();
  const [supplement, setSupplement] = useState(false);
  const [standing, setStanding] = useState<number[]>([]);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [editing, setEditing] = useState<{ series?: Series; source?: SeriesSource }>();

  const load = useCallback(async (select?: string) => {
    const [series, templates] = await Promise.all([api['series:list'](undefined), api['templates:list'](undefined)]);
    setLoaded({ series, templates });
    setChosenId((current) => select ?? current ?? series.find((s) => s.series)?.id);
  }, [api]);
  useEffect(() => {
    if (!open) return;
    setError(undefined);
    load().catch((e: unknown) => setError(String(e)));
  }, [open, load]);

  const entry = loaded?.series.find((s) => s.id === chosenId && s.series);
  const chosen = entry?.series;
  const preview = chosen ? nextNumber(chosen.counter, new Date(), supplement ? 'supplement' : 'regular').number : undefined;
  const broken = loaded?.series.filter((s) => !s.series) ?? [];
  const uiLanguage = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';

  const start = async () => {
    if (!chosen) return;
    const template = loaded?.templates.find((tpl) => tpl.id === chosen.templateId);
    const language = template?.language ?? (uiLanguage === 'zh-CN' ? 'zh-CN' : 'en');
    setBusy(true);
    setError(undefined);
    let failure: string | undefined;
    const started = await files.startWith(async () => {
      const outcome = await api['series:takeNumber']({ id: chosen.id, supplement });
      if (!outcome.ok) {
        failure = 'error' in outcome ? outcome.error : undefined;
        return undefined;
      }
      const fixed = i18n.getFixedT(language, 'app');
      return briefingForIssue(outcome.series, outcome.number, {
        language,
        labels: { title: '', summary: fixed('newBriefing.summary') },
        standingAttendees: standing,
      });
    });
    setBusy(false);
    if (failure) setError(failure);
    else if (started) onClose();
  };

  return (
    <>
      <Modal
        open={open && !editing}
        title={t('newIssueTitle')}
        onCancel={onClose}
        width={620}
        footer={
          <Space>
            <Button onClick={() => setEditing({})} data-testid="series-new">
              {t('seriesNew')}
            </Button>
            <Button disabled={!entry} onClick={() => entry?.series && setEditing({ series: entry.series, source: entry.source })} data-testid="series-edit">
              {t('seriesEdit')}
            </Button>
            <Button type="primary" disabled={!chosen} loading={busy} onClick={() => void start()} data-testid="new-issue-start">
              {t('take')}
            </Button>
          </Space>
        }
      >
        <div data-testid="new-issue-dialog">
          {!loaded && !error && <Spin />}
          {error && <Alert type="warning" showIcon title={t('takeFailed', { error })} data-testid="new-issue-error" style={{ marginBottom: 12 }} />}
          {broken.length > 0 && (
            <Alert type="error" showIcon style={{ marginBottom: 12 }} title={t('seriesProblems', { problems: broken.flatMap((b) => b.problems).join('; ') })} />
          )}
          {loaded && loaded.series.every((s) => !s.series) && <Empty description={t('seriesNone')} />}
          {chosen && (
            <Space orientation="vertical" style={{ width: '100%' }}>
              <Select
                aria-label={t('seriesLabel')}
                data-testid="new-issue-series"
                value={chosenId}
                style={{ width: '100%' }}
                onChange={(id: string) => {
                  setChosenId(id);
                  setStanding([]);
                }}
                options={loaded!.series.filter((s) => s.series).map((s) => ({ value: s.id, label: `${s.series!.name} · ${t(`source_${s.source}`)}` }))}
              />
              <Typography.Text strong data-testid="new-issue-next">
                {preview && t('nextNumber', { label: issueLabel(preview, uiLanguage) })}
              </Typography.Text>
              <Checkbox checked={supplement} onChange={(e) => setSupplement(e.target.checked)} data-testid="new-issue-supplement">
                {t('supplement')}
              </Checkbox>
              {chosen.standingAttendees.length > 0 && (
                <>
                  <Typography.Text>{t('standing')}</Typography.Text>
                  <Checkbox.Group
                    data-testid="new-issue-standing"
                    value={standing}
                    onChange={(v) => setStanding(v as number[])}
                    options={chosen.standingAttendees.map((a, i) => ({ value: i, label: [a.name, a.title].filter(Boolean).join(' · ') }))}
                  />
                </>
              )}
              <Typography.Paragraph type="secondary">{t('carried')}</Typography.Paragraph>
            </Space>
          )}
        </div>
      </Modal>
      {open && editing && loaded && (
        <SeriesDialog
          {...(editing.series && editing.source ? { editing: { series: editing.series, source: editing.source } } : {})}
          templates={loaded.templates}
          onClose={() => setEditing(undefined)}
          onSaved={(saved) => {
            setEditing(undefined);
            void load(saved.id);
          }}
        />
      )}
    </>
  );
}
