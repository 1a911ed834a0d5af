import { Col, Form, Row } from 'antd';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  EndTimeField,
  LanguageField,
  MetaTextInput,
  StartTimeField,
  TitleField,
  VisitDateField,
} from './meta/MetaFields.tsx';
import type { MetaTextField } from './meta/metaUpdate.ts';
import { GongwenFields, SeriesNumberFields } from './meta/GongwenFields.tsx';

const TEXT_FIELDS: { field: MetaTextField; span: number }[] = [
  { field: 'subtitle', span: 24 },
  { field: 'location', span: 24 },
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
        <Col span={8}>
          <MetaTextInput field="issueNumber" />
        </Col>
        <SeriesNumberFields />
        <GongwenFields />
        <Col span={8}>
          <LanguageField />
        </Col>
      </Row>
    </Form>
  );
});
