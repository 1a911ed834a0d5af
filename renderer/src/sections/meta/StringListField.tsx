import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Space } from 'antd';
import { memo, useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { TextInput } from '../fields/TextInput.tsx';
import { useMetaValue } from './useMetaValue.ts';

const EMPTY: string[] = [];

const KEYS = {
  signers: { label: 'signers', item: 'signerName', add: 'signerAdd', remove: 'signerRemove' },
  attachments: { label: 'attachments', item: 'attachmentName', add: 'attachmentAdd', remove: 'attachmentRemove' },
} as const;

/**
 * A list of one-line entries in printed order: 签发人 names or attachment names. Each row is a text input (IME-safe);
 * a row added and not yet typed into is kept in the draft and not printed.
 */
export const StringListField = memo(function StringListField({ field }: { field: 'signers' | 'attachments' }) {
  const { t } = useTranslation('gongwen');
  const keys = KEYS[field];
  const [value, setValue] = useMetaValue(field);
  const list = value ?? EMPTY;
  const set = useCallback((next: string[]) => setValue(next.length === 0 ? undefined : next), [setValue]);
  return (
    <Form.Item label={t(keys.label)} htmlFor={`meta-${field}-0`}>
      <Space orientation="vertical" style={{ width: '100%' }} data-testid={`meta-${field}`}>
        {list.map((entry, i) => (
          <Space.Compact key={i} style={{ width: '100%' }}>
            <TextInput
              id={`meta-${field}-${i}`}
              aria-label={t(keys.item, { n: i + 1 })}
              value={entry}
              onChange={(text) => set(list.map((old, j) => (j === i ? text : old)))}
            />
            <Button
              icon={<DeleteOutlined />}
              aria-label={t(keys.remove, { n: i + 1 })}
              title={t(keys.remove, { n: i + 1 })}
              onClick={() => set(list.filter((_, j) => j !== i))}
            />
          </Space.Compact>
        ))}
        <Button
          icon={<PlusOutlined />}
          id={list.length === 0 ? `meta-${field}-0` : undefined}
          data-testid={`meta-${field}-add`}
          onClick={() => {
            set([...list, '']);
            // Focus the new row once it is rendered.
            requestAnimationFrame(() => document.getElementById(`meta-${field}-${list.length}`)?.focus());
          }}
        >
          {t(keys.add)}
        </Button>
      </Space>
    </Form.Item>
  );
});
