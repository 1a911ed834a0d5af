import { Alert, Segmented } from 'antd';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BriefingDocument, Problem } from '../../../../core/model/index.ts';
import type { Template } from '../../../../core/template/index.ts';
import { PreviewPane } from '../../preview/PreviewPane.tsx';
import { useAppearance } from '../locale/appearance.tsx';
import { sampleBriefing } from '../welcome/sampleBriefing.ts';
import { fieldMessage } from './fieldMessages.ts';

interface Props {
  /** The template as it now validates, or undefined while it does not. */
  template: Template | undefined;
  problems: readonly Problem[];
  openDocument: BriefingDocument | undefined;
}

const noop = () => undefined;

/**
 * The live preview of the template being designed, with the sample briefing or the open one: the same paged
 * preview as the editor's. While the template is invalid it keeps showing the last valid version, and says why.
 */
export function DesignerPreview({ template, problems, openDocument }: Props) {
  const { t, i18n } = useTranslation('designer');
  const { dark } = useAppearance();
  const [which, setWhich] = useState<'sample' | 'open'>(openDocument ? 'open' : 'sample');
  const lastValid = useRef<Template | undefined>(undefined);
  if (template) lastValid.current = template;
  const shown = template ?? lastValid.current;
  const language = shown?.manifest.language ?? 'zh-CN';
  const templateId = shown?.manifest.id ?? '';
  const sample = useMemo(
    () => sampleBriefing(templateId, language, i18n.getFixedT(language, 'app'), new Date().toISOString().slice(0, 10)),
    [templateId, language, i18n],
  );
  const doc = which === 'open' && openDocument ? openDocument : sample;
  return (
    <div className="bc-designer-preview" data-testid="designer-preview">
      {openDocument && (
        <Segmented
          aria-label={t('preview.which')}
          value={which}
          onChange={(value) => setWhich(value as 'sample' | 'open')}
          options={[
            { value: 'sample', label: t('preview.sample') },
            { value: 'open', label: t('preview.open') },
          ]}
        />
      )}
      {problems.length > 0 && (
        <Alert
          type="error"
          showIcon
          data-testid="designer-preview-problems"
          title={t('preview.invalid')}
          description={
            <ul className="bc-problems">
              {problems.slice(0, 8).map((p) => (
                <li key={`${p.path}:${p.message}`}>
                  <code>{p.path}</code> {fieldMessage(p, t)}
                </li>
              ))}
            </ul>
          }
        />
      )}
      {shown && <PreviewPane doc={doc} template={shown} dark={dark} onPages={noop} />}
    </div>
  );
}
