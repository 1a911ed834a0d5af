import { DeleteOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MediaItem } from '../../../../core/model/index.ts';
import { DragHandle, type DragHandleProps } from '../dnd/DragHandle.tsx';
import { TextInput } from '../fields/TextInput.tsx';
import { PhotoEditButton } from './PhotoEditButton.tsx';
import { PhotoThumb } from './PhotoThumb.tsx';

export interface PhotoCardProps {
  item: MediaItem;
  index: number;
  handle: DragHandleProps;
  onText(field: 'caption' | 'credit', value: string): void;
  onRemove(): void;
}

/** The DOM id of a photo's caption or credit, so a checker finding can take the user to it. */
export const photoFieldId = (mediaId: string, field: 'caption' | 'credit') => `photo-${mediaId}-${field}`;

/** One photo: thumbnail, caption and credit, a grip to reorder and a button to remove it from the briefing. */
export function PhotoCard({ item, index, handle, onText, onRemove }: PhotoCardProps) {
  const { t } = useTranslation('sections');
  const n = index + 1;
  return (
    <Card size="small" data-testid="photo-card" data-media-id={item.id} styles={{ body: { padding: 8 } }}>
      <Flex justify="space-between" align="center" style={{ marginBottom: 4 }}>
        <DragHandle handle={handle} label={t('dragPhoto', { n })} />
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('photoNumber', { n })} · {item.width}×{item.height}
        </Typography.Text>
        <Flex>
          <PhotoEditButton item={item} n={n} />
          <Button type="text" danger size="small" icon={<DeleteOutlined />} aria-label={t('removePhoto', { n })} onClick={onRemove} />
        </Flex>
      </Flex>
      <PhotoThumb item={item} alt={item.caption || t('photoNumber', { n })} />
      <Flex vertical gap={6} style={{ marginTop: 8 }}>
        <TextInput
          id={photoFieldId(item.id, 'caption')}
          aria-label={t('photoCaption', { n })}
          placeholder={t('photoCaptionPlaceholder')}
          value={item.caption}
          onChange={(v) => onText('caption', v)}
        />
        <TextInput
          id={photoFieldId(item.id, 'credit')}
          aria-label={t('photoCredit', { n })}
          placeholder={t('photoCreditPlaceholder')}
          value={item.credit}
          onChange={(v) => onText('credit', v)}
        />
      </Flex>
    </Card>
  );
}
