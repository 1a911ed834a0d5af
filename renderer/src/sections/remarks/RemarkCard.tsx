import { DeleteOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, Form, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Attendee, Remark } from '../../../../core/model/index.ts';
import { RichTextEditor } from '../../richtext/RichTextEditor.tsx';
import { DragHandle, type DragHandleProps } from '../dnd/DragHandle.tsx';
import { TextInput } from '../fields/TextInput.tsx';
import { withOptional } from '../fields/useSectionUpdate.ts';
import { SpeakerField } from './SpeakerField.tsx';

export interface RemarkCardProps {
  remark: Remark;
  index: number;
  attendees: readonly Attendee[];
  handle: DragHandleProps;
  onChange(change: (remark: Remark) => Remark, field: string): void;
  onRemove(): void;
}

/** One speaker's remarks: who, in what role, and what they said. */
export function RemarkCard({ remark, index, attendees, handle, onChange, onRemove }: RemarkCardProps) {
  const { t } = useTranslation('sections');
  const n = index + 1;
  const id = (field: string) => `remark-${remark.id}-${field}`;
  return (
    <Card
      size="small"
      data-testid="remark-card"
      data-remark-id={remark.id}
      title={
        <Flex align="center" gap={8}>
          <DragHandle handle={handle} label={t('dragRemark', { n })} />
          {t('remarkNumber', { n })}
        </Flex>
      }
      extra={<Button type="text" danger icon={<DeleteOutlined />} aria-label={t('removeRemark', { n })} onClick={onRemove} />}
    >
      <Form layout="vertical" component="div">
        <Row gutter={12}>
          <Col span={14}>
            <Form.Item label={t('remarkSpeaker')} htmlFor={id('speaker')} required>
              <SpeakerField
                id={id('speaker')}
                speaker={remark.speaker}
                attendees={attendees}
                onChange={(speaker) => onChange((r) => ({ ...r, speaker }), 'speaker')}
              />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item label={t('remarkRole')} htmlFor={id('role')}>
              <TextInput
                id={id('role')}
                value={remark.role}
                placeholder={t('remarkRolePlaceholder')}
                onChange={(v) => onChange((r) => withOptional(r, 'role', v), 'role')}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label={t('remarkBody')} style={{ marginBottom: 0 }}>
          <RichTextEditor
            id={id('body')}
            ariaLabel={t('remarkBodyOf', { n })}
            value={remark.body}
            onChange={(v) => onChange((r) => ({ ...r, body: v }), 'body')}
          />
        </Form.Item>
      </Form>
    </Card>
  );
}
