import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, Col, Form, Input, InputNumber, Modal, Radio, Row, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateSummary } from '../../../../core/ipc/contract.ts';
import { ATTENDEE_GROUPS } from '../../../../core/model/index.ts';
import type { Series, SeriesSource } from '../../../../core/series/index.ts';
import { useServices } from '../../state/context.tsx';
import { templateName } from '../templates/templateCache.ts';
import { formValuesOf, seriesOf, type SeriesFormValues } from './seriesForm.ts';

export interface SeriesDialogProps {
  /** The series to edit, with where it lives; none to create one. */
  editing?: { series: Series; source: SeriesSource };
  templates: readonly TemplateSummary[];
  onClose(): void;
  onSaved(series: Series): void;
}

const count = { min: 0, max: 999_999, precision: 0, controls: false, style: { width: '100%' } } as const;

/** Creates or edits a bulletin series: what every issue carries, and where its numbering stands. */
export function SeriesDialog({ editing, templates, onClose, onSaved }: SeriesDialogProps) {
  const { t, i18n } = useTranslation('series');
  const uiLanguage = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  const { api } = useServices();
  const [form] = Form.useForm<SeriesFormValues>();
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);
  const valid = templates.filter((tpl) => tpl.valid);
  const initial = formValuesOf(editing?.series, editing?.source ?? 'user', valid[0]?.id ?? '');
  const required = [{ required: true, whitespace: true, message: t('required') }];

  const save = async () => {
    let values: SeriesFormValues;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setSaving(true);
    const series = seriesOf(values, editing?.series);
    const outcome = await api['series:save']({
      series,
      source: editing?.source ?? values.source,
      ...(editing ? { expectedRevision: editing.series.revision } : {}),
    });
    setSaving(false);
    if (outcome.ok) onSaved(outcome.series);
    else setError('error' in outcome ? outcome.error : undefined);
  };

  return (
    <Modal
      open
      title={t(editing ? 'seriesTitleEdit' : 'seriesTitleNew')}
      width={760}
      onCancel={onClose}
      onOk={() => void save()}
      okText={t('save')}
      cancelText={t('cancel')}
      confirmLoading={saving}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={initial} data-testid="series-form" requiredMark={false}>
        {error && <Alert type="error" showIcon title={t('saveFailed', { error })} style={{ marginBottom: 12 }} data-testid="series-save-error" />}
        <Row gutter={12}>
          <Col span={14}>
            <Form.Item name="name" label={t('field_name')} rules={required}>
              <Input placeholder={t('namePlaceholder')} data-testid="series-name" />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item name="templateId" label={t('field_template')} rules={required}>
              <Select
                data-testid="series-template"
                options={valid.map((tpl) => ({ value: tpl.id, label: templateName(tpl, uiLanguage) }))}
              />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col span={14}>
            <Form.Item name="issuingOffice" label={t('field_issuingOffice')}>
              <Input data-testid="series-issuingOffice" />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item name="source" label={t('field_source')}>
              <Radio.Group disabled={!!editing} data-testid="series-source">
                <Space orientation="vertical">
                  <Radio value="user">{t('source_user')}</Radio>
                  <Radio value="shared">{t('source_shared')}</Radio>
                </Space>
              </Radio.Group>
            </Form.Item>
          </Col>
        </Row>
        <Typography.Paragraph type="secondary">{t('counterHelp')}</Typography.Paragraph>
        <Row gutter={12}>
          <Col span={6}>
            <Form.Item name="counterYear" label={t('field_counterYear')} rules={[{ required: true, message: t('required') }]}>
              <InputNumber {...count} min={1900} max={9999} data-testid="series-counterYear" />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="lastIssue" label={t('field_lastIssue')} rules={[{ required: true, message: t('required') }]}>
              <InputNumber {...count} data-testid="series-lastIssue" />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="lastTotal" label={t('field_lastTotal')} rules={[{ required: true, message: t('required') }]}>
              <InputNumber {...count} data-testid="series-lastTotal" />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="lastSupplement" label={t('field_lastSupplement')} rules={[{ required: true, message: t('required') }]}>
              <InputNumber {...count} data-testid="series-lastSupplement" />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          {(['report', 'send', 'issue'] as const).map((kind) => (
            <Col span={8} key={kind}>
              <Form.Item name={kind} label={t(`recipients_${kind}`)}>
                <Input data-testid={`series-recipients-${kind}`} />
              </Form.Item>
            </Col>
          ))}
        </Row>
        <Row gutter={12}>
          <Col span={6}>
            <Form.Item name="copies" label={t('field_copies')}>
              <InputNumber {...count} min={1} data-testid="series-copies" />
            </Form.Item>
          </Col>
          <Col span={18}>
            <Form.Item name="printedBy" label={t('field_printedBy')}>
              <Input data-testid="series-printedBy" />
            </Form.Item>
          </Col>
        </Row>
        <Typography.Text strong>{t('field_standing')}</Typography.Text>
        <Form.List name="standingAttendees">
          {(fields, { add, remove }) => (
            <div data-testid="series-standing">
              {fields.map((field, index) => (
                <Space key={field.key} align="baseline" wrap style={{ display: 'flex', marginTop: 8 }}>
                  <Form.Item name={[field.name, 'name']} rules={required} noStyle>
                    <Input aria-label={t('standingName', { row: index + 1 })} style={{ width: 110 }} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'title']} noStyle>
                    <Input aria-label={t('standingTitle', { row: index + 1 })} style={{ width: 150 }} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'organisation']} noStyle>
                    <Input aria-label={t('standingOrganisation', { row: index + 1 })} style={{ width: 180 }} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'group']} noStyle initialValue="host">
                    <Select
                      aria-label={t('standingGroup', { row: index + 1 })}
                      style={{ width: 110 }}
                      options={ATTENDEE_GROUPS.map((g) => ({ value: g, label: t(`group_${g}`) }))}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'leader']} valuePropName="checked" noStyle>
                    <Checkbox>{t('standingLeader')}</Checkbox>
                  </Form.Item>
                  <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('standingRemove', { row: index + 1 })} onClick={() => remove(field.name)} />
                </Space>
              ))}
              <Button icon={<PlusOutlined />} style={{ marginTop: 8 }} onClick={() => add({ name: '', group: 'host', leader: false })} data-testid="series-standing-add">
                {t('standingAdd')}
              </Button>
            </div>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
