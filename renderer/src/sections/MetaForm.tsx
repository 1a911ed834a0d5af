import { AutoComplete, Col, Form, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../core/model/index.ts';
import { DateField } from './fields/DateField.tsx';
import { TextInput } from './fields/TextInput.tsx';
import { TimeField } from './fields/TimeField.tsx';
import { useBriefing } from './fields/useSectionUpdate.ts';
import { SUGGESTIONS, useMetaUpdate, type MetaTextField } from './meta/metaUpdate.ts';

const TEXT_FIELDS: { field: MetaTextField; span: number }[] = [
  { field: 'subtitle', span: 24 },
  { field: 'issueNumber', span: 8 },
  { field: 'location', span: 16 },
  { field: 'organisationVisited', span: 24 },
  { field: 'issuingOffice', span: 12 },
  { field: 'author', span: 6 },
  { field: 'reviewer', span: 6 },
];

/** The briefing's header: title, date and time, place, who issues it, and how it is classified. */
export function MetaForm() {
  const { t } = useTranslation('sections');
  const meta = useBriefing().meta;
  const update = useMetaUpdate();
  const titleMissing = meta.title.trim() === '';
  const timesReversed = Boolean(meta.startTime && meta.endTime && meta.endTime < meta.startTime);

  return (
    <Form layout="vertical" component="div" data-testid="meta-form" aria-label={t('metaForm')} role="form">
      <Form.Item
        label={t('metaTitle')}
        htmlFor="meta-title"
        required
        validateStatus={titleMissing ? 'error' : undefined}
        help={titleMissing ? t('required') : undefined}
      >
        <TextInput
          id="meta-title"
          value={meta.title}
          onChange={(v) => update('title', v)}
          status={titleMissing ? 'error' : undefined}
          aria-required
          aria-invalid={titleMissing}
        />
      </Form.Item>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item label={t('metaVisitDate')} htmlFor="meta-visitDate" required>
            <DateField id="meta-visitDate" value={meta.visitDate} onChange={(v) => v && update('visitDate', v)} required />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item label={t('metaStartTime')} htmlFor="meta-startTime">
            <TimeField id="meta-startTime" value={meta.startTime} onChange={(v) => update('startTime', v)} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item
            label={t('metaEndTime')}
            htmlFor="meta-endTime"
            validateStatus={timesReversed ? 'warning' : undefined}
            help={timesReversed ? t('endBeforeStart') : undefined}
          >
            <TimeField id="meta-endTime" value={meta.endTime} onChange={(v) => update('endTime', v)} />
          </Form.Item>
        </Col>
        {TEXT_FIELDS.map(({ field, span }) => (
          <Col span={span} key={field}>
            <Form.Item label={t(`meta_${field}`)} htmlFor={`meta-${field}`}>
              <TextInput id={`meta-${field}`} value={meta[field]} onChange={(v) => update(field, v)} />
            </Form.Item>
          </Col>
        ))}
        {(['classification', 'urgency'] as const).map((field) => (
          <Col span={8} key={field}>
            <Form.Item label={t(`meta_${field}`)} htmlFor={`meta-${field}`}>
              <AutoComplete
                id={`meta-${field}`}
                value={meta[field] ?? ''}
                options={SUGGESTIONS[field][meta.language].map((value) => ({ value }))}
                onChange={(v: string) => update(field, v)}
                allowClear
              />
            </Form.Item>
          </Col>
        ))}
        <Col span={8}>
          <Form.Item label={t('metaLanguage')} htmlFor="meta-language">
            <Select<Language>
              id="meta-language"
              value={meta.language}
              onChange={(v) => update('language', v)}
              options={LANGUAGES.map((value) => ({ value, label: t(`language_${value}`) }))}
            />
          </Form.Item>
        </Col>
      </Row>
    </Form>
  );
}
