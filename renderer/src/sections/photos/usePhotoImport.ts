import { message } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { newId, type Briefing } from '../../../../core/model/index.ts';
import { useServices } from '../../state/context.tsx';
import { importPhoto, type Size } from '../model/downscale.ts';
import { addPhotos, type ImportedPhoto } from '../model/photos.ts';
import { usePhotoServices } from './PhotoServices.tsx';

const size = (s: Size) => `${s.width}×${s.height}`;

/**
 * Imports image files into the open document: each is checked by its bytes, scaled down when very large, and
 * added (items and bytes) in one undoable step; `attach` places the new ids. Every file gets a message: what was
 * scaled, what was refused. Render `holder` so the messages appear inside the app's theme and locale.
 */
export function usePhotoImport() {
  const { t } = useTranslation('sections');
  const { store } = useServices();
  const { resize, readFile } = usePhotoServices();
  const [messages, holder] = message.useMessage();

  const importFiles = useCallback(
    async (files: readonly File[], attach: (briefing: Briefing, ids: string[]) => Briefing): Promise<string[]> => {
      const imported: ImportedPhoto[] = [];
      // One at a time: a 6000×4000 photo decodes to ~96 MB of pixels; several at once could exhaust memory.
      for (const file of files) {
        const result = await importPhoto(await readFile(file), newId('m'), resize);
        if (!result.ok) {
          void messages.error(t(result.reason === 'notImage' ? 'photoNotImage' : 'photoResizeFailed', { name: file.name }));
          continue;
        }
        if (result.resized) {
          void messages.info(t('photoResized', { name: file.name, from: size(result.resized.from), to: size(result.resized.to) }));
        }
        imported.push({ item: result.item, bytes: result.bytes });
      }
      store.updateDocument((doc) => addPhotos(doc, imported, attach));
      if (imported.length > 0) void messages.success(t('photosAdded', { count: imported.length }));
      return imported.map((p) => p.item.id);
    },
    [messages, readFile, resize, store, t],
  );

  return { importFiles, holder };
}
