import { DeleteOutlined } from '@ant-design/icons';
import { Button, type TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import type { FollowUp } from '../../../../core/model/index.ts';
import { RowDragHandle } from '../dnd/SortableTable.tsx';
import { DateField } from '../fields/DateField.tsx';
import { RequiredTextInput, TextInput } from '../fields/TextInput.tsx';
import { withOptional } from '../fields/useSectionUpdate.ts';

export interface FollowUpActions {
  change(id: string, change: (item: FollowUp) => FollowUp, field: string): void;
  remove(id: string): void;
}

/** The DOM id of a follow-up's field, so an export problem can take the user to it. */
export const followUpFieldId = (id: string, field: 'action' | 'owner') => `followup-${id}-${field}`;

/** The follow-up table's columns: grip, action, owner, due date, remove. */
export function followUpColumns(t: TFunction, actions: FollowUpActions): TableColumnsType<FollowUp> {
  const label = (column: string, row: number) => t('cellLabel', { column: t(column), row });
  return [
    { key: 'drag', width: 40, render: (_, item, i) => <RowDragHandle label={t('dragRow', { row: i + 1, name: item.action })} /> },
    {
      key: 'action',
      title: t('followUpAction'),
      width: 260,
      render: (_, item, i) => (
        <RequiredTextInput
          id={followUpFieldId(item.id, 'action')}
          aria-label={label('followUpAction', i + 1)}
          value={item.action}
          onChange={(v) => actions.change(item.id, (f) => ({ ...f, action: v }), 'action')}
        />
      ),
    },
    {
      key: 'owner',
      title: t('followUpOwner'),
      width: 170,
      render: (_, item, i) => (
        <TextInput
          id={followUpFieldId(item.id, 'owner')}
          aria-label={label('followUpOwner', i + 1)}
          value={item.owner}
          onChange={(v) => actions.change(item.id, (f) => withOptional(f, 'owner', v), 'owner')}
        />
      ),
    },
    {
      key: 'due',
      title: t('followUpDue'),
      width: 170,
      render: (_, item, i) => (
        <DateField
          aria-label={label('followUpDue', i + 1)}
          value={item.due}
          onChange={(v) => actions.change(item.id, (f) => withOptional(f, 'due', v), 'due')}
        />
      ),
    },
    {
      key: 'remove',
      width: 48,
      render: (_, item, i) => (
        <Button
          type="text"
          danger
          icon={<DeleteOutlined />}
          aria-label={t('removeRow', { row: i + 1, name: item.action })}
          onClick={() => actions.remove(item.id)}
        />
      ),
    },
  ];
}
