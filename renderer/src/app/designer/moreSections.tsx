import { useTranslation } from 'react-i18next';
import { LABEL_KEYS } from '../../../../core/template/index.ts';
import { FontFamilyField, FontSizeField } from './FontFields.tsx';
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

/** The other font roles: title, heading levels, tables, captions and page numbers, each with its faces and size. */
export function FontRolesSection() {
  const { t } = useTranslation('designer');
  const roles: { path: (string | number)[]; name: string }[] = [
    { path: ['fonts', 'title'], name: t('role.title') },
    ...[0, 1, 2, 3].map((level) => ({ path: ['headings', level, 'font'], name: t('role.heading', { level: level + 1 }) })),
    { path: ['fonts', 'table'], name: t('role.table') },
    { path: ['captions', 'font'], name: t('role.caption') },
    { path: ['pageNumbers', 'font'], name: t('role.pageNumber') },
  ];
  return (
    <>
      {roles.map(({ path, name }) => (
        <fieldset key={path.join('.')} className="bc-designer-role">
          <legend>{name}</legend>
          <FontFamilyField path={[...path, 'eastAsia']} label={t('field.roleEastAsia', { role: name })} />
          <FontFamilyField path={[...path, 'latin']} label={t('field.roleLatin', { role: name })} />
          <FontSizeField path={[...path, 'sizePt']} label={t('field.roleSize', { role: name })} chineseLabel={t('field.roleSizeChinese', { role: name })} />
        </fieldset>
      ))}
    </>
  );
}
