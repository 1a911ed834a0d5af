import { useTranslation } from 'react-i18next';
import { LABEL_KEYS } from '../../../../core/template/index.ts';
import { FontSizeField } from './FontFields.tsx';
import { ChoiceField, LocalizedField, TextField } from './fields.tsx';

/** Heading numbers per level: GB/T 9704's 一、（一）1.（1）, or decimal 1. 1.1. */
export function HeadingsSection() {
  const { t } = useTranslation('designer');
  return (
    <>
      {[0, 1, 2, 3].map((level) => (
        <TextField key={level} path={['headings', level, 'number']} label={t('field.headingNumber', { level: level + 1 })} hint={level === 0 ? t('field.headingNumberHint') : undefined} />
      ))}
    </>
  );
}

/** Attendees, dates, page numbers, captions, photos: the choices every briefing on the template shares. */
export function LayoutSection() {
  const { t } = useTranslation('designer');
  const sides = ['left', 'center', 'right'].map((value) => ({ value, label: t(`side.${value}`) }));
  return (
    <>
      <ChoiceField
        path={['attendees', 'style']}
        label={t('field.attendeesStyle')}
        options={[
          { value: 'table', label: t('attendees.table') },
          { value: 'run-in', label: t('attendees.runIn') },
        ]}
      />
      <ChoiceField path={['date']} label={t('field.dateFormat')} options={['zh-long', 'en-long', 'iso'].map((value) => ({ value, label: t(`date.${value}`) }))} />
      <LocalizedField path={['pageNumbers', 'pattern']} label={t('field.pageNumberPattern')} hint={t('field.pageNumberPatternHint')} />
      <ChoiceField path={['pageNumbers', 'odd']} label={t('field.pageNumberOdd')} options={sides} />
      <ChoiceField path={['pageNumbers', 'even']} label={t('field.pageNumberEven')} options={sides} />
      <FontSizeField path={['pageNumbers', 'font', 'sizePt']} label={t('field.pageNumberSize')} chineseLabel={t('field.pageNumberSizeChinese')} />
      <LocalizedField path={['captions', 'label']} label={t('field.captionLabel')} />
      <LocalizedField path={['captions', 'pattern']} label={t('field.captionPattern')} hint={t('field.captionPatternHint')} />
      <ChoiceField path={['photos', 'layout']} label={t('field.photoLayout')} options={['one', 'two', 'grid'].map((value) => ({ value, label: t(`photos.${value}`) }))} />
    </>
  );
}

/** The 版记 wording: 报/送/发 labels, the copies line and the printed-by line. */
export function DistributionSection() {
  const { t } = useTranslation('designer');
  return (
    <>
      <LocalizedField path={['distribution', 'labels', 'report']} label={t('field.distReport')} />
      <LocalizedField path={['distribution', 'labels', 'send']} label={t('field.distSend')} />
      <LocalizedField path={['distribution', 'labels', 'issue']} label={t('field.distIssue')} />
      <LocalizedField path={['distribution', 'copiesPattern']} label={t('field.distCopies')} hint={t('field.distCopiesHint')} />
      <LocalizedField path={['distribution', 'printedByPattern']} label={t('field.distPrintedBy')} hint={t('field.distPrintedByHint')} />
    </>
  );
}

/** Every fixed word the exporters print, in both languages. */
export function LabelsSection() {
  const { t } = useTranslation('designer');
  return (
    <>
      {LABEL_KEYS.map((key) => (
        <div key={key} className="bc-designer-label-pair">
          <TextField path={['labels', 'zh-CN', key]} label={t('labelIn', { label: t(`label.${key}`), language: t('language.zh-CN') })} />
          <TextField path={['labels', 'en', key]} label={t('labelIn', { label: t(`label.${key}`), language: t('language.en') })} />
        </div>
      ))}
    </>
  );
}
