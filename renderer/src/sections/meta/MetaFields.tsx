import { Form, Select } from 'antd';
import { memo, useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../../core/model/index.ts';
import { DateField } from '../fields/DateField.tsx';
import { useRequiredHint } from '../fields/requiredHints.tsx';
import { TextInput } from '../fields/TextInput.tsx';
import { TimeField } from '../fields/TimeField.tsx';
import type { MetaTextField } from './metaUpdate.ts';
import { useMetaValue } from './useMetaValue.ts';

/*
 * The header form's fields, each memoised and reading only its own value (useMetaValue): typing in one field
 * re-renders that field alone.
 */

export const TitleField = memo(function TitleField() {
  const { t } = useTranslation('sections');
  const [title = '', setTitle] = useMetaValue('title');
  const hint = useRequiredHint(title.trim() === '');
  const missing = hint.show;
  return (
    <Form.Item
      label={t('metaTitle')}
      htmlFor="meta-title"
      required
      validateStatus={missing ? 'error' : undefined}
      help={missing ? t('required') : undefined}
    >
      <TextInput
        id="meta-title"
        value={title}
        onChange={setTitle}
        onBlur={hint.onBlur}
        placeholder={t('metaTitlePlaceholder')}
        status={missing ? 'error' : undefined}
        aria-required
        aria-invalid={missing}
      />
    </Form.Item>
  );
});

export const VisitDateField = memo(function VisitDateField() {
  const { t } = useTranslation('sections');
  const [date, setDate] = useMetaValue('visitDate');
  const onChange = useCallback((v: string | undefined) => v && setDate(v), [setDate]);
  return (
    <Form.Item label={t('metaVisitDate')} htmlFor="meta-visitDate" required>
      <DateField id="meta-visitDate" value={date} onChange={onChange} required />
    </Form.Item>
  );
});

export const StartTimeField = memo(function StartTimeField() {
  const { t } = useTranslation('sections');
  const [start, setStart] = useMetaValue('startTime');
  return (
    <Form.Item label={t('metaStartTime')} htmlFor="meta-startTime">
      <TimeField id="meta-startTime" value={start} onChange={setStart} />
    </Form.Item>
  );
});

export const EndTimeField = memo(function EndTimeField() {
  const { t } = useTranslation('sections');
  const [start] = useMetaValue('startTime');
  const [end, setEnd] = useMetaValue('endTime');
  const reversed = Boolean(start && end && end < start);
  return (
    <Form.Item
      label={t('metaEndTime')}
      htmlFor="meta-endTime"
      validateStatus={reversed ? 'warning' : undefined}
      help={reversed ? t('endBeforeStart') : undefined}
    >
      <TimeField id="meta-endTime" value={end} onChange={setEnd} />
    </Form.Item>
  );
});

export const MetaTextInput = memo(function MetaTextInput({ field }: { field: MetaTextField }) {
  const { t } = useTranslation('sections');
  const [value, setValue] = useMetaValue(field);
  return (
    <Form.Item label={t(`meta_${field}`)} htmlFor={`meta-${field}`}>
      <TextInput id={`meta-${field}`} value={value} onChange={setValue} />
    </Form.Item>
  );
});

export const LanguageField = memo(function LanguageField() {
  const { t } = useTranslation('sections');
  const [language, setLanguage] = useMetaValue('language');
  return (
    <Form.Item label={t('metaLanguage')} htmlFor="meta-language">
      <Select<Language>
        id="meta-language"
        value={language}
        onChange={setLanguage}
        options={LANGUAGES.map((value) => ({ value, label: t(`language_${value}`) }))}
      />
    </Form.Item>
  );
});
