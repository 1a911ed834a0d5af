import { DeleteOutlined } from '@ant-design/icons';
import { Button, Checkbox, Select } from 'antd';
import type { TableColumnsType as ColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { ATTENDEE_GROUPS, type Attendee } from '../../../../core/model/index.ts';
import { RowDragHandle } from '../dnd/SortableTable.tsx';
import type { Person } from '../../../../core/people/index.ts';
import { TextInput } from '../fields/TextInput.tsx';
import { PersonNameInput } from './PersonNameInput.tsx';
import { ATTENDEE_COLUMNS, type AttendeeColumn } from '../model/attendeeRows.ts';

export interface AttendeeActions {
  change(id: string, column: AttendeeColumn, value: string | boolean): void;
  /** Fills a row from the people directory. */
  pick(id: string, person: Person): void;
  remove(id: string): void;
}

/** Marks a cell with its row and column so a spreadsheet paste starts where the focus is. */
function Cell({ row, column, children }: { row: number; column: AttendeeColumn; children: ReactNode }) {
  return (
    <div data-row={row} data-column={ATTENDEE_COLUMNS.indexOf(column)}>
      {children}
    </div>
  );
}

/** Room for what each column typically holds: a name, a title, an organisation's full name. */
// The name cell is a completion box (antd AutoComplete), whose padding takes a little more than a plain input's.
const TEXT_WIDTHS = { name: 128, title: 160, organisation: 220 } as const;

function textColumn(t: TFunction, actions: AttendeeActions, column: 'name' | 'title' | 'organisation') {
  return {
    key: column,
    width: TEXT_WIDTHS[column],
    title: t(`attendee_${column}`),
    render: (_: unknown, a: Attendee, index: number) => {
      if (column === 'name') {
        return (
          <Cell row={index} column={column}>
            <PersonNameInput
              id={`attendee-${a.id}-name`}
              aria-label={t('cellLabel', { column: t('attendee_name'), row: index + 1 })}
              value={a.name}
              required
              onChange={(v) => actions.change(a.id, 'name', v)}
              onPick={(person) => actions.pick(a.id, person)}
            />
          </Cell>
        );
      }
      const Field = TextInput;
      return (
        <Cell row={index} column={column}>
          <Field
            id={`attendee-${a.id}-${column}`}
            aria-label={t('cellLabel', { column: t(`attendee_${column}`), row: index + 1 })}
            value={a[column]}
            onChange={(v) => actions.change(a.id, column, v)}
          />
        </Cell>
      );
    },
  };
}

/** The attendee table's columns: grip, name, title, organisation, side, leader, remove. */
export function attendeeColumns(t: TFunction, actions: AttendeeActions): ColumnsType<Attendee> {
  return [
    {
      key: 'drag',
      width: 40,
      render: (_, a, index) => <RowDragHandle label={t('dragRow', { row: index + 1, name: a.name })} />,
    },
    textColumn(t, actions, 'name'),
    textColumn(t, actions, 'title'),
    textColumn(t, actions, 'organisation'),
    {
      key: 'group',
      title: t('attendee_group'),
      width: 130,
      render: (_, a, index) => (
        <Cell row={index} column="group">
          <Select
            aria-label={t('cellLabel', { column: t('attendee_group'), row: index + 1 })}
            value={a.group}
            onChange={(v) => actions.change(a.id, 'group', v)}
            options={ATTENDEE_GROUPS.map((g) => ({ value: g, label: t(`group_${g}`) }))}
            style={{ width: '100%' }}
          />
        </Cell>
      ),
    },
    {
      key: 'leader',
      title: t('attendee_leader'),
      width: 70,
      align: 'center',
      render: (_, a, index) => (
        <Cell row={index} column="leader">
          <Checkbox
            aria-label={t('cellLabel', { column: t('attendee_leader'), row: index + 1 })}
            checked={a.leader}
            onChange={(e) => actions.change(a.id, 'leader', e.target.checked)}
          />
        </Cell>
      ),
    },
    {
      key: 'remove',
      width: 48,
      render: (_, a, index) => (
        <Button
          type="text"
          danger
          icon={<DeleteOutlined />}
          aria-label={t('removeRow', { row: index + 1, name: a.name })}
          onClick={() => actions.remove(a.id)}
        />
      ),
    },
  ];
}
