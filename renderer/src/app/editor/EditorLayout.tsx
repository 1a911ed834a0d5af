import { Alert, Spin } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentState } from '../../state/documentStore.ts';
import { PreviewPane } from '../../preview/PreviewPane.tsx';
import { useAppearance } from '../locale/appearance.tsx';
import { templateName } from '../templates/templateCache.ts';
import type { TemplateState } from '../templates/useTemplate.ts';
import { Outline } from './Outline.tsx';
import { SectionPane } from './SectionPane.tsx';
import { DETAILS } from './sectionLabel.ts';
import { StatusBar } from './StatusBar.tsx';

interface Props {
  state: DocumentState;
  dirty: boolean;
  template: TemplateState;
  previewVisible: boolean;
  toolbar: ReactNode;
}

/** Outline | editor | preview, the toolbar above and the status bar below. */
export function EditorLayout({ state, dirty, template, previewVisible, toolbar }: Props) {
  const { t } = useTranslation('app');
  const { dark, language } = useAppearance();
  const doc = state.history.present;
  const { briefing } = doc;
  const [selected, setSelected] = useState<string>(DETAILS);
  const [pages, setPages] = useState<number>();
  // A new or opened document starts at its details.
  useEffect(() => setSelected(DETAILS), [state.recoveryKey]);
  const ready = template.status === 'ready' ? template.template : undefined;

  return (
    <div className={`bc-editor${previewVisible ? ' with-preview' : ''}`} data-testid="editor">
      {toolbar}
      <Outline
        sections={briefing.sections}
        language={briefing.meta.language}
        {...(ready ? { template: ready } : {})}
        selected={selected}
        onSelect={setSelected}
      />
      <SectionPane selected={selected} sections={briefing.sections} />
      {previewVisible && (
        <div className="bc-preview-slot">
          {ready ? (
            <PreviewPane doc={doc} template={ready} dark={dark} onPages={setPages} />
          ) : template.status === 'failed' ? (
            <Alert type="error" showIcon title={t('preview.templateFailed', { error: template.error })} />
          ) : (
            <Spin />
          )}
        </div>
      )}
      <StatusBar
        briefing={briefing}
        dirty={dirty}
        pages={ready && previewVisible ? pages : undefined}
        templateName={ready ? templateName({ id: ready.manifest.id, name: ready.manifest.name }, language) : undefined}
      />
    </div>
  );
}
