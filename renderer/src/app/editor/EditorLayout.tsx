import { Alert, Spin } from 'antd';
import { useState, type CSSProperties, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentSelector } from '../../state/context.tsx';
import type { DocumentState } from '../../state/documentStore.ts';
import { useAppearance } from '../locale/appearance.tsx';
import { templateName } from '../templates/templateCache.ts';
import type { TemplateState } from '../templates/useTemplate.ts';
import { Outline } from './Outline.tsx';
import { SectionPane } from './SectionPane.tsx';
import { LivePreview } from './LivePreview.tsx';
import { useNavigation } from './navigation.tsx';
import { PaneDivider } from './PaneDivider.tsx';
import { usePreviewWidth } from './usePreviewWidth.ts';
import { StatusBar } from './StatusBar.tsx';
import { ProblemsDrawer } from '../check/ProblemsDrawer.tsx';
import { ProblemsStatus } from '../check/ProblemsStatus.tsx';

// The layout follows only these: typing, in the header fields or in a section, does not re-render it.
const languageOf = (state: DocumentState | undefined) => state?.history.present.briefing.meta.language ?? 'zh-CN';

interface Props {
  template: TemplateState;
  previewVisible: boolean;
  toolbar: ReactNode;
}

/** Outline | editor | preview, the toolbar above and the status bar below. */
export function EditorLayout({ template, previewVisible, toolbar }: Props) {
  const { t } = useTranslation('app');
  const { dark, language } = useAppearance();
  const briefingLanguage = useDocumentSelector(languageOf);
  const { selected, select } = useNavigation();
  const preview = usePreviewWidth();
  const [pages, setPages] = useState<number>();
  const ready = template.status === 'ready' ? template.template : undefined;

  return (
    <div
      className={`bc-editor${previewVisible ? ' with-preview' : ''}`}
      style={{ '--bc-preview-width': `${preview.width}px` } as CSSProperties}
      data-testid="editor"
    >
      {toolbar}
      <Outline
        language={briefingLanguage}
        {...(ready ? { template: ready } : {})}
        selected={selected}
        onSelect={select}
      />
      <SectionPane selected={selected} />
      {previewVisible && (
        <PaneDivider width={preview.width} min={preview.min} max={preview.max} onPreview={preview.preview} onCommit={preview.commit} />
      )}
      {previewVisible && (
        <div className="bc-preview-slot">
          {ready ? (
            <LivePreview template={ready} dark={dark} onPages={setPages} />
          ) : template.status === 'failed' ? (
            <Alert type="error" showIcon title={t('preview.templateFailed', { error: template.error })} />
          ) : (
            <Spin />
          )}
        </div>
      )}
      <StatusBar
        pages={ready && previewVisible ? pages : undefined}
        templateName={ready ? templateName({ id: ready.manifest.id, name: ready.manifest.name }, language) : undefined}
        problems={<ProblemsStatus />}
      />
      <ProblemsDrawer template={ready} />
    </div>
  );
}
