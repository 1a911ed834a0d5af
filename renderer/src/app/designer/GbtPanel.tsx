import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { compareWithGbt9704, type TemplateManifest } from '../../../../core/template/index.ts';
import { useAppearance } from '../locale/appearance.tsx';

/** Where a cn-work-briefing template departs from GB/T 9704's numbers: information, never a refusal. */
export function GbtPanel({ manifest }: { manifest: TemplateManifest }) {
  const { t } = useTranslation('designer');
  const { language } = useAppearance();
  const departures = compareWithGbt9704(manifest);
  return (
    <section className="bc-designer-gbt" aria-labelledby="bc-designer-gbt" data-testid="designer-gbt">
      <Typography.Title level={5} id="bc-designer-gbt">
        {t('gbt.title')}
      </Typography.Title>
      {departures.length === 0 ? (
        <Alert type="success" showIcon title={t('gbt.none')} />
      ) : (
        <Alert
          type="info"
          showIcon
          title={t('gbt.hint')}
          description={
            <ul className="bc-problems">
              {departures.map((d) => (
                <li key={d.path} data-path={d.path}>
                  {d.message[language]}
                </li>
              ))}
            </ul>
          }
        />
      )}
    </section>
  );
}
