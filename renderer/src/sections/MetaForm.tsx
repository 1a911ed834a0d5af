import { Col, Form, Row } from 'antd';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  EndTimeField,
  LanguageField,
  MetaSuggestField,
  MetaTextInput,
  StartTimeField,
  TitleField,
  VisitDateField,
} from './meta/MetaFields.tsx';
import type { MetaTextField } from './meta/metaUpdate.ts';

const TEXT_FIELDS: { field: MetaTextField; span: number }[] = [
  { field: 'subtitle', span: 24 },
  { field: 'issueNumber', span: 8 },
  { field: 'location', span: 16 },
  { field: 'organisationVisited', span: 24 },
  { field: 'issuingOffice', span: 12 },
  { field: 'author', span: 6 },
  { field: 'reviewer', span: 6 },
];

/**
 * The briefing's header: title, date and time, place, who issues it, and how it is classified. The form reads no
 * document state itself; each field reads its own value, so typing re-renders one field.
 */
export const MetaForm = memo(function MetaForm() {
  const { t } = useTranslation('sections');
  return (
    <Form layout="vertical" component="div" data-testid="meta-form" aria-label={t('metaForm')} role="form">
      <TitleField />
      <Row gutter={12}>
        <Col span={12}>
          <VisitDateField />
        </Col>
        <Col span={6}>
          <StartTimeField />
        </Col>
        <Col span={6}>
          <EndTimeField />
        </Col>
        {TEXT_FIELDS.map(({ field, span }) => (
          <Col span={span} key={field}>
            <MetaTextInput field={field} />
          </Col>
        ))}
        {(['classification', 'urgency'] as const).map((field) => (
          <Col span={8} key={field}>
            <MetaSuggestField field={field} />
          </Col>
        ))}
        <Col span={8}>
          <LanguageField />
        </Col>
      </Row>
    </Form>
  );
});
