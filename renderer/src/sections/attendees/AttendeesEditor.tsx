import { PlusOutlined, SnippetsOutlined, TeamOutlined } from '@ant-design/icons';
import { Button, Space, Typography, message } from 'antd';
import { useEffect, useMemo, useState, type ClipboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SortableTable } from '../dnd/SortableTable.tsx';
import { attendeesOf, useBriefingPart } from '../fields/useSectionUpdate.ts';
import { isHeaderRow, type PasteTarget } from '../model/attendeeRows.ts';
import { isGrid, parseTsv } from '../model/tsv.ts';
import type { SectionEditorProps } from '../types.ts';
import { attendeeColumns } from './attendeeColumns.tsx';
import { usePeopleDirectory } from '../../app/people/peopleContext.ts';
import { PasteRowsDialog } from './PasteRowsDialog.tsx';
import { SortMenu } from './SortMenu.tsx';
import { useAttendeeActions } from './useAttendeeActions.ts';

/** Where a paste lands: the focused cell (marked with data-row/data-column), else after the last row. */
function pasteTarget(target: EventTarget, rowCount: number): PasteTarget {
  const cell = target instanceof Element ? target.closest<HTMLElement>('[data-row]') : null;
  if (!cell) return { row: rowCount, column: 0 };
  return { row: Number(cell.dataset.row), column: Number(cell.dataset.column ?? 0) };
}

/**
 * Who came, in protocol order. The list lives in `briefing.attendees`; this section only places it in the text.
 * Rows reorder by drag (or keyboard), and a range copied from Excel or WPS pastes into the table as rows.
 */
export function AttendeesEditor(_props: SectionEditorProps<'attendees'>) {
  const { t } = useTranslation('sections');
  const { t: tSeries } = useTranslation('series');
  const people = usePeopleDirectory();
  const attendees = useBriefingPart(attendeesOf);
  const actions = useAttendeeActions();
  const [messages, messageHolder] = message.useMessage();
  const [dialogOpen, setDialogOpen] = useState(false);
  const [focusId, setFocusId] = useState<string | undefined>(undefined);
  const columns = useMemo(() => attendeeColumns(t, actions), [t, actions]);

  useEffect(() => {
    if (focusId) document.getElementById(`attendee-${focusId}-name`)?.focus();
  }, [focusId]);

  const pasteRows = (rows: string[][], target: PasteTarget) => {
    actions.paste(rows, target);
    const count = rows.length > 0 && isHeaderRow(rows[0]!) ? rows.length - 1 : rows.length;
    void messages.success(t('pastedRows', { count }));
  };

  const onPaste = (event: ClipboardEvent<HTMLDivElement>) => {
    const rows = parseTsv(event.clipboardData.getData('text/plain'));
    // One value is an ordinary paste into the focused input; a grid becomes rows.
    if (!isGrid(rows)) return;
    event.preventDefault();
    pasteRows(rows, pasteTarget(event.target, attendees.length));
  };

  return (
    <section aria-label={t('attendeesHeading')} data-testid="attendees-editor">
      {messageHolder}
      <Typography.Paragraph type="secondary">{t('attendeesHelp')}</Typography.Paragraph>
      {/* Focusable, so a paste reaches it even when the table is empty or no cell has the focus. */}
      <div onPaste={onPaste} data-testid="attendees-table" tabIndex={0} role="group" aria-label={t('attendeesTable')}>
        <SortableTable
          dataSource={attendees}
          rowKey={(a) => a.id}
          onMove={actions.move}
          columns={columns}
          size="small"
          onRow={(a, index) => ({ 'data-testid': 'attendee-row', 'data-index': index, 'data-attendee-id': a.id }) as object}
          locale={{ emptyText: t('attendeesEmpty') }}
        />
      </div>
      <Space style={{ marginTop: 12 }} wrap>
        <Button icon={<PlusOutlined />} onClick={() => setFocusId(actions.add())} data-testid="attendee-add">
          {t('attendeeAdd')}
        </Button>
        <Button icon={<SnippetsOutlined />} onClick={() => setDialogOpen(true)} data-testid="attendee-paste-rows">
          {t('pasteRows')}
        </Button>
        <SortMenu
          attendees={attendees}
          onSort={(group, order) => {
            actions.sort(group, order);
            void messages.success(tSeries('sorted'));
          }}
        />
        <Button icon={<TeamOutlined />} onClick={people.open} data-testid="attendee-people">
          {tSeries('peopleOpen')}
        </Button>
      </Space>
      <PasteRowsDialog
        open={dialogOpen}
        onClose={() => setDialogOpen(false)}
        onPaste={(rows) => pasteRows(rows, { row: attendees.length, column: 0 })}
      />
    </section>
  );
}
