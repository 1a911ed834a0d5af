import { useTranslation } from 'react-i18next';
import { ColorField } from './ColorField.tsx';
import { FontFamilyField, FontSizeField } from './FontFields.tsx';
import { ChoiceField, LocalizedField, NumberField, TextField } from './fields.tsx';
import { LogoField } from './LogoField.tsx';
import { getIn } from './draft.ts';
import { useDesignerFields } from './designerContext.tsx';

export function IdentitySection() {
  const { t } = useTranslation('designer');
  return (
    <>
      <TextField path={['id']} label={t('field.id')} hint={t('field.idHint')} />
      <LocalizedField path={['name']} label={t('field.templateName')} />
    </>
  );
}

export function MastheadSection() {
  const { t } = useTranslation('designer');
  return (
    <>
      <LocalizedField path={['masthead', 'name']} label={t('field.mastheadName')} />
      <LocalizedField path={['masthead', 'organisation']} label={t('field.organisation')} />
      <LocalizedField path={['masthead', 'issuePattern']} label={t('field.issuePattern')} hint={t('field.issuePatternHint')} />
      <ColorField paths={[['masthead', 'nameFont', 'color'], ['masthead', 'rule', 'color']]} label={t('field.mastheadColor')} />
      <NumberField path={['masthead', 'rule', 'widthPt']} label={t('field.ruleWidth')} step={0.25} />
      <LogoField />
      <NumberField path={['masthead', 'logoHeightMm']} label={t('field.logoHeight')} />
    </>
  );
}

export function PageSection() {
  const { t } = useTranslation('designer');
  return (
    <>
      <ChoiceField path={['page', 'size']} label={t('field.pageSize')} options={[{ value: 'A4', label: 'A4' }, { value: 'Letter', label: 'Letter' }]} />
      <ChoiceField
        path={['page', 'orientation']}
        label={t('field.orientation')}
        options={[
          { value: 'portrait', label: t('field.portrait') },
          { value: 'landscape', label: t('field.landscape') },
        ]}
      />
      <NumberField path={['page', 'marginsMm', 'top']} label={t('field.marginTop')} />
      <NumberField path={['page', 'marginsMm', 'bottom']} label={t('field.marginBottom')} />
      <NumberField path={['page', 'marginsMm', 'left']} label={t('field.marginLeft')} />
      <NumberField path={['page', 'marginsMm', 'right']} label={t('field.marginRight')} />
      <NumberField path={['page', 'headerDistanceMm']} label={t('field.headerDistance')} />
      <NumberField path={['page', 'footerDistanceMm']} label={t('field.footerDistance')} />
    </>
  );
}

export function BodySection() {
  const { t } = useTranslation('designer');
  const { draft } = useDesignerFields();
  // Only a fixed pitch is edited here; a template with a multiple keeps it (edited in the JSON).
  const exact = getIn(draft.manifest, ['body', 'lineSpacing', 'exactPt']) !== undefined;
  return (
    <>
      <FontFamilyField path={['fonts', 'body', 'eastAsia']} label={t('field.bodyEastAsia')} />
      <FontFamilyField path={['fonts', 'body', 'latin']} label={t('field.bodyLatin')} />
      <FontSizeField path={['fonts', 'body', 'sizePt']} label={t('field.bodySize')} chineseLabel={t('field.bodySizeChinese')} />
      {exact && <NumberField path={['body', 'lineSpacing', 'exactPt']} label={t('field.lineSpacing')} step={0.1} />}
      <NumberField path={['body', 'firstLineIndentChars']} label={t('field.firstLineIndent')} />
      <NumberField path={['body', 'grid', 'linesPerPage']} label={t('field.gridLines')} />
      <NumberField path={['body', 'grid', 'charsPerLine']} label={t('field.gridChars')} />
      <ColorField paths={[['colors', 'text']]} label={t('field.textColor')} />
    </>
  );
}
