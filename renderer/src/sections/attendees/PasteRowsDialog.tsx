import { Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isHeaderRow } from '../model/attendeeRows.ts';
import { parseTsv } from '../model/tsv.ts';

export interface PasteRowsDialogProps {
  open: boolean;
  onClose(): void;
  /** The parsed rows, to append to the list. */
  onPaste(rows: string[][]): void;
}

/**
 * "Paste rows" without clipboard permissions: the user pastes (Ctrl+V) a copied Excel/WPS range into the box, sees
 * how many people were recognised, and adds them to the end of the list.
 */
export function PasteRowsDialog({ open, onClose, onPaste }: PasteRowsDialogProps) {
  const { t } = useTranslation('sections');
  const [text, setText] = useState('');
  const rows = parseTsv(text);
  const people = rows.length > 0 && isHeaderRow(rows[0]!) ? rows.length - 1 : rows.length;
  const close = () => {
    setText('');
    onClose();
  };
  return (
    <Modal
      open={open}
      title={t('pasteRowsTitle')}
      okText={t('pasteRowsOk', { count: people })}
      okButtonProps={{ disabled: people === 0 }}
      onOk={() => {
        onPaste(rows);
        close();
      }}
      onCancel={close}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('pasteRowsHelp')}</Typography.Paragraph>
      <Input.TextArea
        aria-label={t('pasteRowsBox')}
        data-testid="paste-rows-box"
        value={text}
        onChange={(e) => setText(e.target.value)}
        autoSize={{ minRows: 5, maxRows: 12 }}
        autoFocus
      />
      <Typography.Text role="status">{t('pasteRowsFound', { count: people })}</Typography.Text>
    </Modal>
  );
}
