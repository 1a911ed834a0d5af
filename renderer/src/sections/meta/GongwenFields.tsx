import { Checkbox, Col, Form, Select } from 'antd';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { SECRECY_LEVELS, URGENCY_LEVELS, type SecrecyLevel, type UrgencyLevel } from '../../../../core/model/index.ts';
import { TextInput } from '../fields/TextInput.tsx';
import { CopyNumberField } from './CopyNumberField.tsx';
import { useMetaPatch } from './metaPatch.ts';
import { StringListField } from './StringListField.tsx';
import { useMetaValue } from './useMetaValue.ts';

/** 密级: clearing it clears the ★保密期限 too, in the same edit (a term without a level is not a valid file). */
const SecrecyLevelField = memo(function SecrecyLevelField() {
  const { t } = useTranslation('gongwen');
  const [level] = useMetaValue('secrecyLevel');
  const patch = useMetaPatch();
  return (
    <Form.Item label={t('secrecyLevel')} htmlFor="meta-secrecyLevel">
      <Select<SecrecyLevel>
        id="meta-secrecyLevel"
        value={level}
        allowClear
        placeholder={t('secrecyLevelPlaceholder')}
        onChange={(next) => patch(next ? { secrecyLevel: next } : { secrecyLevel: undefined, secrecyTerm: undefined }, 'meta.secrecyLevel')}
        options={SECRECY_LEVELS.map((value) => ({ value, label: t(`secrecy_${value}`) }))}
      />
    </Form.Item>
  );
});

/** ★保密期限 as typed ("1年"); the star is printed between level and term, so a typed one is dropped. */
const SecrecyTermField = memo(function SecrecyTermField() {
  const { t } = useTranslation('gongwen');
  const [level] = useMetaValue('secrecyLevel');
  const [term, setTerm] = useMetaValue('secrecyTerm');
  return (
    <Form.Item label={t('secrecyTerm')} htmlFor="meta-secrecyTerm" help={level ? undefined : t('secrecyTermNeedsLevel')}>
      <TextInput
        id="meta-secrecyTerm"
        value={term}
        placeholder={t('secrecyTermPlaceholder')}
        onChange={(text) => {
          const clean = text.replace(/[★☆]/g, '').slice(0, 20);
          setTerm(level && clean.trim() !== '' ? clean : undefined);
        }}
      />
    </Form.Item>
  );
});

const UrgencyLevelField = memo(function UrgencyLevelField() {
  const { t } = useTranslation('gongwen');
  const [level, setLevel] = useMetaValue('urgencyLevel');
  return (
    <Form.Item label={t('urgencyLevel')} htmlFor="meta-urgencyLevel">
      <Select<UrgencyLevel>
        id="meta-urgencyLevel"
        value={level}
        allowClear
        placeholder={t('urgencyLevelPlaceholder')}
        onChange={(next) => setLevel(next ?? undefined)}
        options={URGENCY_LEVELS.map((value) => ({ value, label: t(`urgency_${value}`) }))}
      />
    </Form.Item>
  );
});

const PlainField = memo(function PlainField({ field }: { field: 'addressees' | 'totalIssueNumber' }) {
  const { t } = useTranslation('gongwen');
  const [value, setValue] = useMetaValue(field);
  return (
    <Form.Item label={t(field)} htmlFor={`meta-${field}`}>
      <TextInput id={`meta-${field}`} value={value} placeholder={t(`${field}Placeholder`)} onChange={(text) => setValue(text === '' ? undefined : text)} />
    </Form.Item>
  );
});

const SupplementField = memo(function SupplementField() {
  const { t } = useTranslation('gongwen');
  const [supplement, setSupplement] = useMetaValue('supplement');
  return (
    <Form.Item label=" " colon={false}>
      <Checkbox id="meta-supplement" checked={supplement === true} onChange={(event) => setSupplement(event.target.checked ? true : undefined)}>
        {t('supplement')}
      </Checkbox>
    </Form.Item>
  );
});

/** Free text an older file held that names no level: shown (printed as written) until the user clears it. */
const LegacyField = memo(function LegacyField({ field }: { field: 'classification' | 'urgency' }) {
  const { t } = useTranslation('gongwen');
  const [value, setValue] = useMetaValue(field);
  if (!value) return null;
  return (
    <Col span={12}>
      <Form.Item
        label={t(field === 'classification' ? 'legacyClassification' : 'legacyUrgency')}
        htmlFor={`meta-${field}`}
        validateStatus="warning"
        help={t('legacyHelp', { text: value })}
      >
        <TextInput id={`meta-${field}`} value={value} status="warning" onChange={(text) => setValue(text === '' ? undefined : text)} />
      </Form.Item>
    </Col>
  );
});

/** The series numbers beside the issue number: 总第N期 and 增刊. */
export function SeriesNumberFields() {
  return (
    <>
      <Col span={8}>
        <PlainField field="totalIssueNumber" />
      </Col>
      <Col span={8}>
        <SupplementField />
      </Col>
    </>
  );
}

/** 份号, 密级★保密期限, 紧急程度, 签发人, 主送机关, 附件说明, as fixed choices where GB/T 9704 has them. */
export function GongwenFields() {
  return (
    <>
      <Col span={6}>
        <CopyNumberField />
      </Col>
      <Col span={6}>
        <SecrecyLevelField />
      </Col>
      <Col span={6}>
        <SecrecyTermField />
      </Col>
      <Col span={6}>
        <UrgencyLevelField />
      </Col>
      <LegacyField field="classification" />
      <LegacyField field="urgency" />
      <Col span={24}>
        <PlainField field="addressees" />
      </Col>
      <Col span={12}>
        <StringListField field="signers" />
      </Col>
      <Col span={12}>
        <StringListField field="attachments" />
      </Col>
    </>
  );
}
