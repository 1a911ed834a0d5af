import { ArrowLeftOutlined } from '@ant-design/icons';
import { App, Button, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateSummary, TemplateTargets } from '../../../../core/ipc/contract.ts';
import { applyLetterhead, readLetterhead, type LetterheadTemplate } from '../../../../core/template/index.ts';
import { useDocumentSelector, useServices } from '../../state/context.tsx';
import type { DocumentState } from '../../state/documentStore.ts';
import { loadTemplate, templateFromWire } from '../templates/templateCache.ts';
import { DesignerEditor } from './DesignerEditor.tsx';
import { DesignerStart } from './DesignerStart.tsx';
import './designer.css';
import { duplicateOf, uniqueId, type Draft } from './draft.ts';

const presentOf = (state: DocumentState | undefined) => state?.history.present;
const CJK = /[\u3400-\u9fff]/;

interface Editing {
  draft: Draft;
  basedOn?: string;
  report?: Pick<LetterheadTemplate, 'taken' | 'missing'>;
}

/** The template designer: pick where to start, then edit with the live preview and save. */
export function Designer({ onClose }: { onClose(): void }) {
  const { t } = useTranslation('designer');
  const { api } = useServices();
  const { message } = App.useApp();
  const openDocument = useDocumentSelector(presentOf);
  const [templates, setTemplates] = useState<TemplateSummary[]>();
  const [targets, setTargets] = useState<TemplateTargets>();
  const [editing, setEditing] = useState<Editing>();

  useEffect(() => {
    void api['templates:list'](undefined).then(setTemplates);
    void api['templates:targets'](undefined).then(setTargets);
  }, [api]);
  const builtinIds = new Set((templates ?? []).filter((tpl) => tpl.source === 'builtin').map((tpl) => tpl.id));
  const takenIds = new Set((templates ?? []).map((tpl) => tpl.id));
  const fail = useCallback((error: unknown) => void message.error(t('importFailed', { error: error instanceof Error ? error.message : String(error) })), [message, t]);

  const duplicate = (id: string) =>
    loadTemplate(api, id).then((template) => setEditing({ draft: duplicateOf(template, takenIds, t('copySuffix')), basedOn: id }), fail);
  const edit = async (id: string) => {
    const outcome = await api['templates:load']({ id });
    if (!outcome.ok) return fail('error' in outcome ? outcome.error : id);
    const template = templateFromWire(outcome.template);
    const source = outcome.source === 'shared' ? 'shared' : 'user';
    const draft: Draft = { manifest: JSON.parse(JSON.stringify(template.manifest)) as Record<string, unknown>, assets: template.assets };
    setEditing({ draft: outcome.version ? { ...draft, editing: { source, version: outcome.version } } : draft });
  };
  const letterhead = async (file: File) => {
    const read = readLetterhead(new Uint8Array(await file.arrayBuffer()));
    if (!read.ok) return fail(`${file.name}: ${read.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
    const chinese = CJK.test(read.value.masthead?.text ?? '') || !read.value.masthead;
    const baseId = chinese ? 'cn-work-briefing' : 'en-visit-report';
    const base = await loadTemplate(api, baseId);
    const text = read.value.masthead?.text ?? file.name.replace(/\.docx$/i, '');
    const made = applyLetterhead(base, read.value, uniqueId('letterhead', takenIds), { [base.manifest.language]: text });
    const manifest = JSON.parse(JSON.stringify(made.template.manifest)) as Record<string, unknown>;
    setEditing({ draft: { manifest, assets: made.template.assets }, basedOn: baseId, report: made });
  };
  const templateFile = async (file: File) => {
    const outcome = await api['templates:readFile']({ bytes: new Uint8Array(await file.arrayBuffer()) });
    if (!outcome.ok) return fail(`${file.name}: ${'error' in outcome ? outcome.error : ''}`);
    const template = templateFromWire(outcome.template);
    setEditing({ draft: { manifest: JSON.parse(JSON.stringify(template.manifest)) as Record<string, unknown>, assets: template.assets } });
  };

  return (
    <main className="bc-designer" data-testid="designer">
      <header className="bc-designer-head">
        <Button icon={<ArrowLeftOutlined />} onClick={editing ? () => setEditing(undefined) : onClose} data-testid="designer-back">
          {t('back')}
        </Button>
        <Typography.Title level={3}>{t('title')}</Typography.Title>
      </header>
      {editing ? (
        <DesignerEditor
          initial={editing.draft}
          basedOn={editing.basedOn}
          builtinIds={builtinIds}
          targets={targets}
          openDocument={openDocument}
          report={editing.report}
        />
      ) : (
        <DesignerStart
          templates={templates}
          onDuplicate={(id) => void duplicate(id)}
          onEdit={(id) => void edit(id).catch(fail)}
          onLetterhead={(file) => void letterhead(file).catch(fail)}
          onTemplateFile={(file) => void templateFile(file).catch(fail)}
        />
      )}
    </main>
  );
}
