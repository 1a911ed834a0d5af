import { DeleteOutlined } from '@ant-design/icons';
import { Button, Flex, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { RECIPIENT_KINDS, type RecipientLine } from '../../../../core/model/index.ts';
import { DragHandle, type DragHandleProps } from '../dnd/DragHandle.tsx';
import { RequiredTextInput } from '../fields/TextInput.tsx';

/** The DOM id of a line's recipients, so an export problem can take the user to it. */
export const recipientsFieldId = (sectionId: string, index: number) => `${sectionId}-line-${index}-recipients`;

export interface DistributionLineProps {
  sectionId: string;
  line: RecipientLine;
  index: number;
  handle: DragHandleProps;
  onChange(line: RecipientLine, field: 'kind' | 'recipients'): void;
  onRemove(): void;
}

/** One 报/送/发 line: to whom the briefing goes, and how (up, across, down). */
export function DistributionLine({ sectionId, line, index, handle, onChange, onRemove }: DistributionLineProps) {
  const { t } = useTranslation('sections');
  const n = index + 1;
  return (
    <Flex gap={8} align="center" data-testid="distribution-line">
      <DragHandle handle={handle} label={t('dragLine', { n })} />
      <Select
        aria-label={t('distributionKindOf', { n })}
        value={line.kind}
        onChange={(kind) => onChange({ ...line, kind }, 'kind')}
        options={RECIPIENT_KINDS.map((kind) => ({ value: kind, label: t(`kind_${kind}`) }))}
        style={{ width: 120 }}
      />
      <div style={{ flex: 1 }}>
        <RequiredTextInput
          id={recipientsFieldId(sectionId, index)}
          aria-label={t('distributionRecipientsOf', { n })}
          placeholder={t('distributionRecipientsPlaceholder')}
          value={line.recipients}
          onChange={(recipients) => onChange({ ...line, recipients }, 'recipients')}
        />
      </div>
      <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('removeLine', { n })} onClick={onRemove} />
    </Flex>
  );
}
