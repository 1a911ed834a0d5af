import { Alert, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TemplateSummary } from '../../../../core/ipc/contract.ts';
import { useAppearance } from '../locale/appearance.tsx';
import { templateName } from '../templates/templateCache.ts';
import { TemplateThumbnail } from './TemplateThumbnail.tsx';

const THUMB_WIDTH = 168;

interface Props {
  templates: TemplateSummary[];
  onChoose(template: TemplateSummary): void;
}

/** One card per usable template, each a button that starts a new briefing on it. */
export function TemplateCards({ templates, onChoose }: Props) {
  const { t } = useTranslation('app');
  const { language } = useAppearance();
  const usable = templates.filter((tpl) => tpl.valid);
  const broken = templates.filter((tpl) => !tpl.valid);
  return (
    <>
      {usable.length === 0 && <Alert type="warning" showIcon title={t('welcome.noTemplates')} />}
      <ul className="bc-template-cards">
        {usable.map((template) => {
          const name = templateName(template, language);
          return (
            <li key={template.id}>
              <button
                type="button"
                className="bc-template-card"
                data-testid={`template-${template.id}`}
                onClick={() => onChoose(template)}
              >
                <TemplateThumbnail summary={template} width={THUMB_WIDTH} />
                <span className="bc-template-name">{name}</span>
                <span className="bc-template-tags">
                  <Tag>{t(`welcome.templateLanguage.${template.language}`)}</Tag>
                  <Tag>{t(`welcome.source.${template.source}`)}</Tag>
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      {broken.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={t('welcome.invalidTemplates', { count: broken.length })}
          description={
            <ul className="bc-problems">
              {broken.map((tpl) => (
                <li key={`${tpl.source}:${tpl.id}`}>
                  <Typography.Text strong>{templateName(tpl, language)}</Typography.Text>: {tpl.problems.join('; ')}
                </li>
              ))}
            </ul>
          }
        />
      )}
    </>
  );
}
