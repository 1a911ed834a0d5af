import { PlusOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '../../../../core/model/index.ts';
import { move } from '../../state/edit.ts';
import { SortableTable } from '../dnd/SortableTable.tsx';
import { useSectionUpdate } from '../fields/useSectionUpdate.ts';
import type { SectionEditorProps } from '../types.ts';
import { followUpColumns, type FollowUpActions } from './followUpColumns.tsx';
import { useDeletion } from '../fields/useDeletion.tsx';

/** What is to be done after the visit, by whom and by when. */
export function FollowUpsEditor({ section }: SectionEditorProps<'followUps'>) {
  const { t } = useTranslation('sections');
  const update = useSectionUpdate(section);
  const deletion = useDeletion();
  const actions = useMemo<FollowUpActions>(
    () => ({
      change: (id, change, field) =>
        update((s) => ({ ...s, items: s.items.map((f) => (f.id === id ? change(f) : f)) }), `followUps.${id}.${field}`),
      remove: (id) => deletion(() => update((s) => ({ ...s, items: s.items.filter((f) => f.id !== id) }))),
    }),
    [update, deletion],
  );
  const columns = useMemo(() => followUpColumns(t, actions), [t, actions]);
  return (
    <section aria-label={t('followUpsHeading')} data-testid="followups-editor">
      <Typography.Paragraph type="secondary">{t('followUpsHelp')}</Typography.Paragraph>
      <div data-testid="followups-table">
        <SortableTable
          dataSource={section.items}
          rowKey={(f) => f.id}
          onMove={(from, to) => update((s) => ({ ...s, items: move(s.items, from, to) }))}
          columns={columns}
          size="small"
          onRow={(f, index) => ({ 'data-testid': 'followup-row', 'data-index': index, 'data-followup-id': f.id }) as object}
          locale={{ emptyText: t('followUpsEmpty') }}
        />
      </div>
      <Button
        icon={<PlusOutlined />}
        style={{ marginTop: 12 }}
        data-testid="followup-add"
        onClick={() => update((s) => ({ ...s, items: [...s.items, { id: newId('f'), action: '' }] }))}
      >
        {t('followUpAdd')}
      </Button>
    </section>
  );
}
