import { RotateLeftOutlined, RotateRightOutlined, UndoOutlined } from '@ant-design/icons';
import { Button, Flex, Modal, Space, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sniffImage, type MediaItem } from '../../../../core/model/index.ts';
import { useDocumentSelector, useServices } from '../../state/context.tsx';
import type { DocumentState } from '../../state/documentStore.ts';
import { fitWithin, MAX_LONG_SIDE } from '../model/downscale.ts';
import { CropArea } from './CropArea.tsx';
import { PHOTO_JPEG_QUALITY, type CropRect } from './photoRender.ts';
import { usePhotoServices } from './PhotoServices.tsx';
import { replacePhoto } from './replacePhoto.ts';
import { useObjectUrl } from './useObjectUrl.ts';

type Turns = 0 | 1 | 2 | 3;
const PREVIEW_LONG_SIDE = 640;

/** The size Apply will produce: the photo turned, cropped, and never larger than MAX_LONG_SIDE. */
function resultSize(item: MediaItem, turns: Turns, crop: CropRect | undefined) {
  const turned = turns % 2 ? { width: item.height, height: item.width } : { width: item.width, height: item.height };
  const part = crop ? { width: Math.max(1, Math.round(crop.width * turned.width)), height: Math.max(1, Math.round(crop.height * turned.height)) } : turned;
  return fitWithin(part, MAX_LONG_SIDE);
}

export interface PhotoEditDialogProps {
  item: MediaItem;
  n: number;
  onClose(): void;
  /** Said after a change was applied (the caller shows the message). */
  onApplied(ok: boolean): void;
}

/**
 * Crops and turns one photo in 90° steps. Works on a preview; the photo's bytes stay as they are until Apply, which
 * draws the original once with the turn and crop and replaces it in one undoable step.
 */
export function PhotoEditDialog({ item, n, onClose, onApplied }: PhotoEditDialogProps) {
  const { t } = useTranslation('photos');
  const { store } = useServices();
  const { render } = usePhotoServices();
  const bytes = useDocumentSelector(useCallback((state: DocumentState | undefined) => state?.history.present.media.get(item.id), [item.id]));
  const [turns, setTurns] = useState<Turns>(0);
  const [crop, setCrop] = useState<CropRect>();
  const [preview, setPreview] = useState<Uint8Array>();
  const [busy, setBusy] = useState(false);
  const previewUrl = useObjectUrl(preview, 'image/jpeg');

  useEffect(() => {
    if (!bytes) return;
    let current = true;
    void render({ source: { kind: 'encoded', bytes, mimeType: item.mimeType }, maxLongSide: PREVIEW_LONG_SIDE, quarterTurns: turns, output: 'image/jpeg', quality: 0.85 })
      .then((rendered) => current && setPreview(rendered.bytes))
      .catch(() => current && setPreview(undefined));
    return () => {
      current = false;
    };
  }, [bytes, item.mimeType, render, turns]);

  const turn = (by: 1 | 3) => {
    setTurns((turns) => ((turns + by) % 4) as Turns);
    // The rectangle was drawn on the photo as it stood; it means nothing once turned.
    setCrop(undefined);
  };

  const apply = async () => {
    if (!bytes) return;
    setBusy(true);
    try {
      const rendered = await render({
        source: { kind: 'encoded', bytes, mimeType: item.mimeType },
        maxLongSide: MAX_LONG_SIDE,
        quarterTurns: turns,
        ...(crop ? { crop } : {}),
        output: item.mimeType === 'image/png' ? 'png-if-transparent' : 'image/jpeg',
        quality: PHOTO_JPEG_QUALITY,
      });
      const info = sniffImage(rendered.bytes);
      if (!info) throw new Error('the drawn photo is not an image');
      store.updateDocument((doc) => replacePhoto(doc, item.id, rendered.bytes, info));
      onApplied(true);
      onClose();
    } catch {
      onApplied(false);
    } finally {
      setBusy(false);
    }
  };

  const size = resultSize(item, turns, crop);
  const unchanged = turns === 0 && !crop;
  return (
    <Modal
      open
      title={t('editTitle', { n })}
      onCancel={onClose}
      width={760}
      destroyOnHidden
      okText={t('apply')}
      cancelText={t('cancel')}
      onOk={() => void apply()}
      okButtonProps={{ disabled: unchanged || !bytes, loading: busy, 'data-testid': 'photo-edit-apply' }}
      data-testid="photo-edit-dialog"
    >
      <Flex vertical gap={12} align="center">
        <Space wrap>
          <Button icon={<RotateLeftOutlined />} onClick={() => turn(3)} data-testid="photo-rotate-left">
            {t('rotateLeft')}
          </Button>
          <Button icon={<RotateRightOutlined />} onClick={() => turn(1)} data-testid="photo-rotate-right">
            {t('rotateRight')}
          </Button>
          <Button icon={<UndoOutlined />} onClick={() => setCrop(undefined)} disabled={!crop} data-testid="photo-crop-clear">
            {t('clearCrop')}
          </Button>
        </Space>
        <Typography.Text type="secondary">{t('cropHelp')}</Typography.Text>
        <CropArea crop={crop} onCrop={setCrop} label={t('cropArea')}>
          {previewUrl ? (
            <img src={previewUrl} alt={item.caption || t('editTitle', { n })} draggable={false} data-testid="photo-edit-preview" style={{ maxWidth: 700, maxHeight: '55vh', display: 'block' }} />
          ) : (
            <div style={{ width: 320, height: 240 }} />
          )}
        </CropArea>
        <Typography.Text data-testid="photo-edit-size">{t('resultSize', { size: `${size.width}×${size.height}` })}</Typography.Text>
      </Flex>
    </Modal>
  );
}
