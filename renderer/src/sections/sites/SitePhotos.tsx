import { Flex, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MediaItem } from '../../../../core/model/index.ts';
import { AddPhotosButton } from '../photos/AddPhotosButton.tsx';
import { PhotoEditButton } from '../photos/PhotoEditButton.tsx';
import { PhotoThumb } from '../photos/PhotoThumb.tsx';

export interface SitePhotosProps {
  siteLabel: string;
  photoIds: readonly string[];
  media: readonly MediaItem[];
  onChange(ids: string[]): void;
  onAddFiles(files: File[]): void;
}

/** The photos shown with a site: one of the briefing's photos, or new ones added here. */
export function SitePhotos({ siteLabel, photoIds, media, onChange, onAddFiles }: SitePhotosProps) {
  const { t } = useTranslation('sections');
  const label = (m: MediaItem, i: number) => m.caption || t('photoNumber', { n: i + 1 });
  const attached = photoIds.map((id) => media.find((m) => m.id === id)).filter((m): m is MediaItem => m !== undefined);
  return (
    <Flex vertical gap={8}>
      <Flex gap={8} wrap>
        <Select
          mode="multiple"
          aria-label={t('sitePhotos', { site: siteLabel })}
          placeholder={t('sitePhotosPlaceholder')}
          value={[...photoIds]}
          onChange={(ids: string[]) => onChange(ids)}
          options={media.map((m, i) => ({ value: m.id, label: label(m, i) }))}
          style={{ flex: 1, minWidth: 220 }}
          optionFilterProp="label"
        />
        <AddPhotosButton onFiles={onAddFiles} testId="site-add-photo">
          {t('siteAddPhoto')}
        </AddPhotosButton>
      </Flex>
      {attached.length > 0 && (
        <Flex gap={8} wrap>
          {attached.map((m) => (
            <div key={m.id} style={{ width: 96 }}>
              <PhotoThumb item={m} height={64} alt={label(m, media.indexOf(m))} />
              <PhotoEditButton item={m} n={media.indexOf(m) + 1} />
            </div>
          ))}
        </Flex>
      )}
    </Flex>
  );
}
