import { ExportOutlined, SaveOutlined } from '@ant-design/icons';
import { App, Button, Collapse, Form, Select, Space, Tooltip } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateTargets } from '../../../../core/ipc/contract.ts';
import type { BriefingDocument } from '../../../../core/model/index.ts';
import type { LetterheadTemplate } from '../../../../core/template/index.ts';
import { useServices } from '../../state/context.tsx';
import { DesignerContext, type DesignerFields } from './designerContext.tsx';
import { DesignerPreview } from './DesignerPreview.tsx';
import { checkDraft, setIn, type Draft } from './draft.ts';
import { GbtPanel } from './GbtPanel.tsx';
import { LetterheadReport } from './LetterheadReport.tsx';
import { BodySection, IdentitySection, MastheadSection, PageSection } from './sections.tsx';
import { DistributionSection, FontRolesSection, HeadingsSection, LabelsSection, LayoutSection } from './moreSections.tsx';
import { useInstalledFonts } from './useInstalledFonts.ts';
import { useSaveTemplate } from './useSaveTemplate.ts';

interface Props {
  initial: Draft;
  basedOn: string | undefined;
  builtinIds: ReadonlySet<string>;
  targets: TemplateTargets | undefined;
  openDocument: BriefingDocument | undefined;
  report?: Pick<LetterheadTemplate, 'taken' | 'missing'> | undefined;
}

/** The form (masthead, page, body) beside the live preview; every change is checked as it is made. */
export function DesignerEditor({ initial, basedOn, builtinIds, targets, openDocument, report }: Props) {
  const { t } = useTranslation('designer');
  const { api } = useServices();
  const { message } = App.useApp();
  const [draft, setDraft] = useState(initial);
  const [showReport, setShowReport] = useState(Boolean(report));
  const [target, setTarget] = useState<'user' | 'shared'>(initial.editing?.source ?? 'user');
  const [saving, setSaving] = useState(false);
  const installedFonts = useInstalledFonts();
  const save = useSaveTemplate();
  useEffect(() => setDraft(initial), [initial]);

  const checked = useMemo(() => checkDraft(draft, builtinIds), [draft, builtinIds]);
  const language = draft.manifest.language === 'en' ? 'en' : 'zh-CN';
  const fields: DesignerFields = useMemo(
    () => ({
      draft,
      problems: checked.problems,
      language,
      installedFonts,
      update: (path, value) => setDraft((d) => ({ ...d, manifest: setIn(d.manifest, path, value) })),
      setAsset: (name, bytes) =>
        setDraft((d) => {
          const assets = new Map(d.assets);
          if (bytes) assets.set(name, bytes);
          else assets.delete(name);
          return { ...d, assets };
        }),
    }),
    [draft, checked.problems, language, installedFonts],
  );
  const gbt = checked.ok && (basedOn === 'cn-work-briefing' || checked.template.manifest.masthead.layout === 'cn-red-header');

  const onSave = async () => {
    setSaving(true);
    try {
      const editing = await save(draft, target);
      if (editing) setDraft((d) => ({ ...d, editing }));
    } finally {
      setSaving(false);
    }
  };
  const onExport = async () => {
    const outcome = await api['templates:exportFile']({ id: String(draft.manifest.id) });
    if (outcome.ok) void message.success(t('exported', { path: outcome.path }));
    else if ('error' in outcome) void message.error(t('importFailed', { error: outcome.error }));
  };

  return (
    <DesignerContext.Provider value={fields}>
      <div className="bc-designer-body">
        <div className="bc-designer-form">
          {report && showReport && <LetterheadReport report={report} onClose={() => setShowReport(false)} />}
          <Form layout="vertical" component="div" requiredMark={false}>
            <Collapse
              defaultActiveKey={['identity', 'masthead', 'page', 'body']}
              items={[
                { key: 'identity', label: t('section.identity'), children: <IdentitySection /> },
                { key: 'masthead', label: t('section.masthead'), children: <MastheadSection /> },
                { key: 'page', label: t('section.page'), children: <PageSection /> },
                { key: 'body', label: t('section.body'), children: <BodySection /> },
                { key: 'fonts', label: t('section.fonts'), children: <FontRolesSection /> },
                { key: 'headings', label: t('section.headings'), children: <HeadingsSection /> },
                { key: 'layout', label: t('section.layout'), children: <LayoutSection /> },
                { key: 'distribution', label: t('section.distribution'), children: <DistributionSection /> },
                { key: 'labels', label: t('section.labels'), children: <LabelsSection /> },
              ]}
            />
          </Form>
          {gbt && checked.ok && <GbtPanel manifest={checked.template.manifest} />}
          <Space className="bc-designer-actions" wrap>
            <Select
              aria-label={t('saveTo')}
              value={target}
              onChange={setTarget}
              options={[
                { value: 'user', label: t('target.user') },
                ...(targets?.shared ? [{ value: 'shared' as const, label: t('target.shared') }] : []),
              ]}
            />
            <Tooltip title={checked.ok ? undefined : t('saveDisabled')}>
              <Button type="primary" icon={<SaveOutlined />} disabled={!checked.ok} loading={saving} onClick={() => void onSave()} data-testid="designer-save">
                {t('save')}
              </Button>
            </Tooltip>
            <Button icon={<ExportOutlined />} disabled={!draft.editing} onClick={() => void onExport()} data-testid="designer-export">
              {t('exportTemplate')}
            </Button>
          </Space>
        </div>
        <DesignerPreview template={checked.ok ? checked.template : undefined} problems={checked.problems} openDocument={openDocument} />
      </div>
    </DesignerContext.Provider>
  );
}
