import { Typography, theme } from 'antd';
import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MediaItem } from '../../../../core/model/index.ts';
import { useServices } from '../../state/context.tsx';
import { move, replaceSection } from '../../state/edit.ts';
import { SortableList } from '../dnd/SortableList.tsx';
import { mediaOf, useBriefingPart, useSectionUpdate } from '../fields/useSectionUpdate.ts';
import { MAX_LONG_SIDE } from '../model/downscale.ts';
import { removePhoto, setMediaText } from '../model/photos.ts';
import type { SectionEditorProps } from '../types.ts';
import { AddPhotosButton } from './AddPhotosButton.tsx';
import { PhotoCard } from './PhotoCard.tsx';
import { usePhotoImport } from './usePhotoImport.ts';
import { useDeletion } from '../fields/useDeletion.tsx';

const hasFiles = (event: DragEvent) => [...event.dataTransfer.types].includes('Files');

/** The photo pages: add by dialog or by dropping files here, caption and credit each, reorder, remove. */
export function PhotosEditor({ section }: SectionEditorProps<'photos'>) {
  const { t } = useTranslation('sections');
  const { t: tp } = useTranslation('photos');
  const { token } = theme.useToken();
  const { store } = useServices();
  const media = useBriefingPart(mediaOf);
  const update = useSectionUpdate(section);
  const deletion = useDeletion();
  const { importFiles, holder } = usePhotoImport();
  const [dropping, setDropping] = useState(false);
  const items = section.photoIds
    .map((id) => media.find((m) => m.id === id))
    .filter((m): m is MediaItem => m !== undefined);

  const add = (files: File[]) =>
    importFiles(files, (b, ids) =>
      replaceSection(b, section.id, (s) => (s.type === 'photos' ? { ...s, photoIds: [...s.photoIds, ...ids] } : s)),
    );

  const onDrop = (event: DragEvent<HTMLElement>) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    setDropping(false);
    void add([...event.dataTransfer.files]);
  };

  return (
    <section
      aria-label={t('photosHeading')}
      data-testid="photos-editor"
      onDragOver={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        setDropping(true);
      }}
      onDragLeave={(e) => {
        if (!(e.relatedTarget instanceof Node && e.currentTarget.contains(e.relatedTarget))) setDropping(false);
      }}
      onDrop={onDrop}
      style={{
        padding: 12,
        borderRadius: token.borderRadiusLG,
        border: `2px dashed ${dropping ? token.colorPrimary : token.colorBorderSecondary}`,
      }}
    >
      {holder}
      <Typography.Paragraph type="secondary">{tp('help', { max: MAX_LONG_SIDE })}</Typography.Paragraph>
      <SortableList
        data-testid="photos-grid"
        layout="grid"
        items={items}
        getId={(m) => m.id}
        onMove={(from, to) => update((s) => ({ ...s, photoIds: move(s.photoIds, from, to) }))}
        renderItem={(item, index, handle) => (
          <PhotoCard
            item={item}
            index={index}
            handle={handle}
            onText={(field, v) => store.update((b) => setMediaText(b, item.id, field, v), `media.${item.id}.${field}`)}
            onRemove={() => deletion(() => store.updateDocument((doc) => removePhoto(doc, item.id)))}
          />
        )}
      />
      <div style={{ marginTop: 12 }}>
        <AddPhotosButton onFiles={(files) => void add(files)} testId="photos-add">
          {t('photosAdd')}
        </AddPhotosButton>
      </div>
    </section>
  );
}
