import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, Input, Modal, Select, Space, Table, Typography, type ButtonProps } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { guessMapping, parseTableText, PEOPLE_FIELDS, rowsToPeople, type ColumnMapping, type Person } from '../../../../core/people/index.ts';
import { readTableFile } from './readTableFile.ts';

const PREVIEW_ROWS = 8;

/** Paste a table or choose .xlsx / .csv, check which column is which, then add the rows to the directory. */
export function ImportPeopleDialog({ onClose, onImport }: { onClose(): void; onImport(people: Omit<Person, 'id'>[]): void }) {
  const { t } = useTranslation('series');
  const [rows, setRows] = useState<string[][]>([]);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [hasHeader, setHasHeader] = useState(false);
  const [error, setError] = useState<string>();

  const take = (next: string[][]) => {
    setRows(next);
    const guessed = guessMapping(next[0] ?? []);
    setMapping(guessed.mapping);
    setHasHeader(guessed.hasHeader);
    setError(undefined);
  };
  const chooseFile = () => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.xlsx,.csv,.txt,text/csv';
    input.onchange = () => {
      const file = input.files?.[0];
      if (!file) return;
      readTableFile(file).then(take, (e: unknown) => setError(t('importFileFailed', { file: file.name, error: e instanceof Error ? e.message : String(e) })));
    };
    input.click();
  };

  const result = useMemo(() => rowsToPeople(rows, mapping, hasHeader), [rows, mapping, hasHeader]);
  const width = Math.max(0, ...rows.map((r) => r.length));
  const columnOptions = [
    { value: -1, label: t('columnNone') },
    ...Array.from({ length: width }, (_, i) => ({ value: i, label: hasHeader && rows[0]?.[i] ? `${t('columnN', { n: i + 1 })}：${rows[0][i]}` : t('columnN', { n: i + 1 }) })),
  ];
  const noName = result.skipped.filter((s) => s.reason === 'no-name').map((s) => s.row);

  return (
    <Modal
      open
      title={t('importTitle')}
      width={860}
      onCancel={onClose}
      onOk={() => onImport(result.people)}
      okText={t('importOk', { count: result.people.length })}
      cancelText={t('cancel')}
      okButtonProps={{ disabled: result.people.length === 0, 'data-testid': 'people-import-ok' } as ButtonProps}
    >
      <div data-testid="people-import-dialog">
        <Typography.Paragraph type="secondary">{t('importHelp')}</Typography.Paragraph>
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Input.TextArea
            rows={4}
            aria-label={t('importBox')}
            data-testid="people-import-text"
            onChange={(e) => take(parseText(e.target.value))}
          />
          <Space wrap>
            <Button icon={<UploadOutlined />} onClick={chooseFile} data-testid="people-import-file">
              {t('importFile')}
            </Button>
            <Checkbox checked={hasHeader} onChange={(e) => setHasHeader(e.target.checked)} data-testid="people-import-header">
              {t('importHeader')}
            </Checkbox>
          </Space>
          {error && <Alert type="error" showIcon title={error} />}
          {rows.length > 0 && (
            <Space wrap>
              {PEOPLE_FIELDS.map((field) => (
                <Space key={field} size={4}>
                  <Typography.Text>{t('importColumn', { field: t(`col_${field}`) })}</Typography.Text>
                  <Select
                    aria-label={t('importColumn', { field: t(`col_${field}`) })}
                    data-testid={`people-import-map-${field}`}
                    value={mapping[field] ?? -1}
                    options={columnOptions}
                    style={{ minWidth: 140 }}
                    onChange={(v: number) => setMapping((m) => ({ ...m, [field]: v < 0 ? undefined : v }))}
                  />
                </Space>
              ))}
            </Space>
          )}
          {noName.length > 0 && <Alert type="warning" showIcon title={t('importSkipped', { rows: noName.join(', ') })} />}
          {result.skipped
            .filter((s) => s.reason === 'bad-group')
            .slice(0, 5)
            .map((s) => (
              <Alert key={s.row} type="warning" showIcon title={t('importBadGroup', { row: s.row, value: s.value })} />
            ))}
          {result.people.length > 0 && (
            <Table
              size="small"
              title={() => t('importPreview')}
              pagination={false}
              rowKey="key"
              dataSource={result.people.slice(0, PREVIEW_ROWS).map((p, i) => ({ ...p, key: String(i) }))}
              onRow={() => ({ 'data-testid': 'people-import-preview-row' }) as object}
              columns={PEOPLE_FIELDS.map((field) => ({
                key: field,
                title: t(`col_${field}`),
                render: (_: unknown, p: Omit<Person, 'id'>) => (field === 'group' ? (p.group ? t(`group_${p.group}`) : '') : (p[field] ?? '')),
              }))}
            />
          )}
        </Space>
      </div>
    </Modal>
  );
}

function parseText(text: string): string[][] {
  return text.trim() === '' ? [] : parseTableText(text);
}
