import { ExclamationCircleFilled } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

/** A red mark after an outline entry's name, read out as "2 处未填写". Nothing when there is nothing to fill. */
export function ProblemMark({ count }: { count: number | undefined }) {
  const { t } = useTranslation('app');
  if (!count) return null;
  const text = t('outline.problems', { count });
  return (
    <span className="bc-outline-problems" data-testid="outline-problems" data-count={count} title={text}>
      <ExclamationCircleFilled aria-hidden />
      <span className="bc-visually-hidden"> ({text})</span>
    </span>
  );
}
