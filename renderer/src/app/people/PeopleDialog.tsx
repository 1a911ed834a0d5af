import { DeleteOutlined, DownloadOutlined, ImportOutlined, MergeCellsOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Checkbox, Input, Modal, Select, Space, Table, Typography, type ButtonProps } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTENDEE_GROUPS } from '../../../../core/model/index.ts';
import { addPeople, mergePeople, PEOPLE_FIELDS, peopleToCsv, type Person } from '../../../../core/people/index.ts';
import { useServices } from '../../state/context.tsx';
import { downloadText } from './downloadText.ts';
import { ImportPeopleDialog } from './ImportPeopleDialog.tsx';
import { usePeopleDirectory } from './peopleContext.ts';
import { applyTitleUpdates, titleUpdatesFor } from './titleUpdates.ts';

const newPersonId = () => `p-${globalThis.crypto.randomUUID().replace(/-/g, '').slice(0, 12)}`;

/** The People view: the directory as an editable table, with merge, delete, import and CSV export. Saved as a whole. */
export function PeopleDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation('series');
  const { store } = useServices();
  const { modal, message } = App.useApp();
  const directory = usePeopleDirectory();
  const [draft, setDraft] = useState<Person[]>(() => [...directory.people]);
  const [selected, setSelected] = useState<string[]>([]);
  const [query, setQuery] = useState('');
  const [importing, setImporting] = useState(false);
  const [error, setError] = useState<string>();
  const dirty = JSON.stringify(draft) !== JSON.stringify(directory.people);

  const edit = (id: string, change: Partial<Person>) =>
    setDraft((people) =>
      people.map((p) => {
        if (p.id !== id) return p;
        const next = { ...p, ...change } as Person;
        for (const key of ['title', 'organisation'] as const) if (next[key] === '') delete next[key];
        if (next.group === undefined) delete next.group;
        return next;
      }),
    );
  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    return q ? draft.filter((p) => [p.name, p.title, p.organisation].some((v) => v?.toLowerCase().includes(q))) : draft;
  }, [draft, query]);

  const save = async () => {
    const before = directory.people;
    const result = await directory.replace(draft.filter((p) => p.name.trim() !== ''));
    if (!result.ok) return setError(result.error);
    void message.success(t('peopleSaved'));
    const updates = titleUpdatesFor(store.document?.briefing, before, draft);
    onClose();
    if (updates.length > 0) {
      // One question for all of them, applied as one edit (one undo).
      const body = updates.map((u) => t('updateTitleBody', { name: u.name, old: u.old, title: u.title })).join('\n');
      modal.confirm({
        title: t('updateTitleTitle'),
        content: <div style={{ whiteSpace: 'pre-line' }} data-testid="people-update-title">{body}</div>,
        okText: t('updateTitleOk'),
        cancelText: t('updateTitleSkip'),
        onOk: () => store.update((b) => applyTitleUpdates(b, updates)),
      });
    }
  };

  const exportCsv = () => {
    const headers = Object.fromEntries(PEOPLE_FIELDS.map((f) => [f, t(`col_${f}`)])) as Record<(typeof PEOPLE_FIELDS)[number], string>;
    downloadText(`${t('peopleTitle')}.csv`, peopleToCsv(draft, headers, (g) => t(`group_${g}`)));
    void message.success(t('peopleExported', { count: draft.length }));
  };

  const cell = (p: Person, index: number, column: 'name' | 'title' | 'organisation') => (
    <Input
      value={p[column] ?? ''}
      aria-label={t('cellLabel', { column: t(`col_${column}`), row: index + 1 })}
      status={column === 'name' && p.name.trim() === '' ? 'error' : undefined}
      onChange={(e) => edit(p.id, { [column]: e.target.value })}
    />
  );
  const columns: TableColumnsType<Person> = [
    {
      // Our own column rather than antd's row selection, whose checkboxes are named in English only.
      key: 'select',
      width: 40,
      render: (_, p) => (
        <Checkbox
          aria-label={t('peopleSelect', { name: p.name })}
          checked={selected.includes(p.id)}
          onChange={(e) => setSelected((all) => (e.target.checked ? [...all, p.id] : all.filter((id) => id !== p.id)))}
        />
      ),
    },
    { key: 'name', title: t('col_name'), width: 130, render: (_, p, i) => cell(p, i, 'name') },
    { key: 'title', title: t('col_title'), width: 180, render: (_, p, i) => cell(p, i, 'title') },
    { key: 'organisation', title: t('col_organisation'), render: (_, p, i) => cell(p, i, 'organisation') },
    {
      key: 'group',
      title: t('col_group'),
      width: 130,
      render: (_, p, i) => (
        <Select
          aria-label={t('cellLabel', { column: t('col_group'), row: i + 1 })}
          value={p.group ?? ''}
          style={{ width: '100%' }}
          options={[{ value: '', label: t('groupNone') }, ...ATTENDEE_GROUPS.map((g) => ({ value: g, label: t(`group_${g}`) }))]}
          onChange={(v: string) => edit(p.id, { group: v === '' ? undefined : (v as Person['group']) })}
        />
      ),
    },
    { key: 'lastSeen', title: t('col_lastSeen'), width: 110, render: (_, p) => p.lastSeen?.slice(0, 10) ?? '' },
    {
      key: 'delete',
      width: 48,
      render: (_, p) => (
        <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('peopleDelete', { name: p.name })} onClick={() => setDraft((all) => all.filter((x) => x.id !== p.id))} />
      ),
    },
  ];

  return (
    <Modal
      open
      title={t('peopleTitle')}
      width={1000}
      onCancel={onClose}
      onOk={() => void save()}
      okText={t('save')}
      cancelText={t('cancel')}
      okButtonProps={{ disabled: !dirty, 'data-testid': 'people-save' } as ButtonProps}
      destroyOnHidden
    >
      <div data-testid="people-dialog">
        <Typography.Paragraph type="secondary">{t('peopleHelp')}</Typography.Paragraph>
        {(error ?? directory.error) && <Alert type="error" showIcon title={t('peopleLoadFailed', { error: error ?? directory.error })} style={{ marginBottom: 12 }} />}
        <Space wrap style={{ marginBottom: 12 }}>
          <Input.Search allowClear placeholder={t('peopleSearch')} aria-label={t('peopleSearch')} onChange={(e) => setQuery(e.target.value)} style={{ width: 240 }} />
          <Button icon={<PlusOutlined />} onClick={() => setDraft((all) => [{ id: newPersonId(), name: '' }, ...all])}>
            {t('peopleAdd')}
          </Button>
          <Button
            icon={<MergeCellsOutlined />}
            disabled={selected.length < 2}
            data-testid="people-merge"
            onClick={() => {
              // The first selected in table order is kept; the others fill its blanks and go.
              const ordered = draft.filter((p) => selected.includes(p.id)).map((p) => p.id);
              setDraft((all) => mergePeople(all, ordered[0]!, ordered.slice(1)));
              setSelected([]);
              void message.success(t('peopleMerged'));
            }}
          >
            {t('peopleMerge', { count: selected.length })}
          </Button>
          <Button icon={<ImportOutlined />} onClick={() => setImporting(true)} data-testid="people-import">
            {t('peopleImport')}
          </Button>
          <Button icon={<DownloadOutlined />} onClick={exportCsv} data-testid="people-export" disabled={draft.length === 0}>
            {t('peopleExport')}
          </Button>
          {dirty && <Typography.Text type="warning">{t('peopleUnsaved')}</Typography.Text>}
        </Space>
        <Table<Person>
          size="small"
          rowKey="id"
          dataSource={shown}
          columns={columns}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          onRow={(p) => ({ 'data-testid': 'people-row', 'data-person-id': p.id }) as object}
          locale={{ emptyText: t('peopleEmpty') }}
        />
      </div>
      {importing && (
        <ImportPeopleDialog
          onClose={() => setImporting(false)}
          onImport={(incoming) => {
            setDraft((all) => addPeople(all, incoming, newPersonId));
            setImporting(false);
            void message.success(t('importDone', { count: incoming.length }));
          }}
        />
      )}
    </Modal>
  );
}
