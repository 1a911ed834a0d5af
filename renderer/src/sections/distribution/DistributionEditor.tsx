import { PlusOutlined } from '@ant-design/icons';
import { Button, Col, Form, InputNumber, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { RECIPIENT_KINDS } from '../../../../core/model/index.ts';
import { move } from '../../state/edit.ts';
import { SortableList } from '../dnd/SortableList.tsx';
import { DateField } from '../fields/DateField.tsx';
import { TextInput } from '../fields/TextInput.tsx';
import { useSectionUpdate, withOptional } from '../fields/useSectionUpdate.ts';
import type { SectionEditorProps } from '../types.ts';
import { DistributionLine } from './DistributionLine.tsx';
import { useDeletion } from '../fields/useDeletion.tsx';

/** The distribution block at the foot of a 简报: 报/送/发 lines, copies, who printed it and when. */
export function DistributionEditor({ section }: SectionEditorProps<'distribution'>) {
  const { t } = useTranslation('sections');
  const update = useSectionUpdate(section);
  const deletion = useDeletion();
  const key = (field: string) => `distribution.${section.id}.${field}`;
  // Lines have no ids in the model; their position is their identity while the list is shown.
  const lines = section.lines.map((line, i) => ({ line, id: `line-${i}` }));
  const nextKind = RECIPIENT_KINDS[Math.min(section.lines.length, RECIPIENT_KINDS.length - 1)]!;
  return (
    <section aria-label={t('distributionHeading')} data-testid="distribution-editor">
      <Typography.Paragraph type="secondary">{t('distributionHelp')}</Typography.Paragraph>
      <SortableList
        data-testid="distribution-lines"
        items={lines}
        getId={(l) => l.id}
        onMove={(from, to) => update((s) => ({ ...s, lines: move(s.lines, from, to) }))}
        renderItem={({ line }, index, handle) => (
          <DistributionLine
            sectionId={section.id}
            line={line}
            index={index}
            handle={handle}
            onChange={(next, field) =>
              update((s) => ({ ...s, lines: s.lines.map((l, i) => (i === index ? next : l)) }), key(`lines.${index}.${field}`))
            }
            onRemove={() => deletion(() => update((s) => ({ ...s, lines: s.lines.filter((_, i) => i !== index) })))}
          />
        )}
      />
      <Button
        icon={<PlusOutlined />}
        style={{ margin: '12px 0 16px' }}
        data-testid="distribution-add-line"
        onClick={() => update((s) => ({ ...s, lines: [...s.lines, { kind: nextKind, recipients: '' }] }))}
      >
        {t('distributionAddLine')}
      </Button>
      <Form layout="vertical" component="div">
        <Row gutter={12}>
          <Col span={6}>
            <Form.Item label={t('distributionCopies')} htmlFor={`${section.id}-copies`}>
              <InputNumber
                id={`${section.id}-copies`}
                min={1}
                precision={0}
                // Its step arrows are named "Increase Value" / "Decrease Value" in every language (rc-input-number
                // has no locale for them); the arrow keys step the number just the same.
                controls={false}
                value={section.copies ?? null}
                onChange={(v) => update((s) => withOptional(s, 'copies', v ?? undefined), key('copies'))}
                style={{ width: '100%' }}
              />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item label={t('distributionPrintedBy')} htmlFor={`${section.id}-printedBy`}>
              <TextInput
                id={`${section.id}-printedBy`}
                value={section.printedBy}
                onChange={(v) => update((s) => withOptional(s, 'printedBy', v), key('printedBy'))}
              />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label={t('distributionPrintDate')} htmlFor={`${section.id}-printDate`}>
              <DateField
                id={`${section.id}-printDate`}
                value={section.printDate}
                onChange={(v) => update((s) => withOptional(s, 'printDate', v), key('printDate'))}
              />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </section>
  );
}
