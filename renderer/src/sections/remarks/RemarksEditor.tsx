import { PlusOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { newId, type Remark } from '../../../../core/model/index.ts';
import { move } from '../../state/edit.ts';
import { SortableList } from '../dnd/SortableList.tsx';
import { attendeesOf, useBriefingPart, useSectionUpdate } from '../fields/useSectionUpdate.ts';
import type { SectionEditorProps } from '../types.ts';
import { RemarkCard } from './RemarkCard.tsx';
import { useDeletion } from '../fields/useDeletion.tsx';

/** What was said, speaker by speaker, in the order it should be reported. */
export function RemarksEditor({ section }: SectionEditorProps<'remarks'>) {
  const { t } = useTranslation('sections');
  const attendees = useBriefingPart(attendeesOf);
  const update = useSectionUpdate(section);
  const deletion = useDeletion();

  const changeRemark = (id: string, change: (remark: Remark) => Remark, key: string) =>
    update((s) => ({ ...s, remarks: s.remarks.map((r) => (r.id === id ? change(r) : r)) }), key);

  const add = () => {
    // The first listed attendee not yet speaking is the likeliest next speaker; the user can change it.
    const speaking = new Set(section.remarks.flatMap((r) => ('attendeeId' in r.speaker ? [r.speaker.attendeeId] : [])));
    const next = attendees.find((a) => !speaking.has(a.id));
    const remark: Remark = {
      id: newId('r'),
      speaker: next ? { attendeeId: next.id } : { name: '' },
      body: [{ type: 'paragraph', children: [{ text: '' }] }],
    };
    update((s) => ({ ...s, remarks: [...s.remarks, remark] }));
  };

  return (
    <section aria-label={t('remarksHeading')} data-testid="remarks-editor">
      <Typography.Paragraph type="secondary">{t('remarksHelp')}</Typography.Paragraph>
      <SortableList
        data-testid="remarks-list"
        items={section.remarks}
        getId={(r) => r.id}
        onMove={(from, to) => update((s) => ({ ...s, remarks: move(s.remarks, from, to) }))}
        renderItem={(remark, index, handle) => (
          <RemarkCard
            remark={remark}
            index={index}
            attendees={attendees}
            handle={handle}
            onChange={(change, field) => changeRemark(remark.id, change, `remarks.${remark.id}.${field}`)}
            onRemove={() => deletion(() => update((s) => ({ ...s, remarks: s.remarks.filter((r) => r.id !== remark.id) })))}
          />
        )}
      />
      <Button icon={<PlusOutlined />} style={{ marginTop: 12 }} onClick={add} data-testid="remark-add">
        {t('remarkAdd')}
      </Button>
    </section>
  );
}
