import { ScissorOutlined } from '@ant-design/icons';
import { Button, message } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MediaItem } from '../../../../core/model/index.ts';
import { PhotoEditDialog } from './PhotoEditDialog.tsx';

/** Opens the crop-and-rotate dialog for one photo, and says when the change was applied. */
export function PhotoEditButton({ item, n }: { item: MediaItem; n: number }) {
  const { t } = useTranslation('photos');
  const [open, setOpen] = useState(false);
  const [messages, holder] = message.useMessage();
  return (
    <>
      {holder}
      <Button type="text" size="small" icon={<ScissorOutlined />} aria-label={t('edit', { n })} title={t('edit', { n })} onClick={() => setOpen(true)} data-testid="photo-edit" />
      {open && (
        <PhotoEditDialog
          item={item}
          n={n}
          onClose={() => setOpen(false)}
          onApplied={(ok) => void (ok ? messages.success(t('applied', { n })) : messages.error(t('editFailed', { n })))}
        />
      )}
    </>
  );
}
