import { message } from 'antd';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { newId, type Briefing } from '../../../../core/model/index.ts';
import type { CaptureTime } from '../../../../core/photos/captureTime.ts';
import { sniffPhotoFormat } from '../../../../core/photos/photoFormat.ts';
import { useServices } from '../../state/context.tsx';
import { addPhotos, type ImportedPhoto } from '../model/photos.ts';
import { changeMessages, refusalMessage } from './photoMessages.ts';
import { usePhotoServices } from './PhotoServices.tsx';
import { preparePhoto, type PhotoPipeline } from './preparePhoto.ts';

export interface PhotoImportResult {
  ids: string[];
  /** The first capture time among the added photos' EXIF, to offer as a site's time. */
  takenAt?: CaptureTime;
}

/**
 * Imports image files into the open document: each is checked by its bytes (decoded, not only its header),
 * converted to JPEG/PNG when it is HEIC, WebP, BMP or GIF, turned upright, scaled down when very large, and all are
 * added (items and bytes) in one undoable step; `attach` places the new ids. Every file gets a message: what was
 * converted or scaled, what was refused and why. Render `holder` so the messages appear in the app's theme and locale.
 */
export function usePhotoImport() {
  const { t } = useTranslation('photos');
  const { store, api } = useServices();
  const { render, readExif, readFile } = usePhotoServices();
  const [messages, holder] = message.useMessage();
  const pipeline = useMemo<PhotoPipeline>(
    () => ({ render, readExif, decodeHeic: (bytes, maxLongSide) => api['photos:decodeHeic']({ bytes, maxLongSide }) }),
    [api, readExif, render],
  );

  const importFiles = useCallback(
    async (files: readonly File[], attach: (briefing: Briefing, ids: string[]) => Briefing): Promise<PhotoImportResult> => {
      const imported: ImportedPhoto[] = [];
      let takenAt: CaptureTime | undefined;
      // One at a time: a 6000×4000 photo decodes to ~96 MB of pixels; several at once could exhaust memory.
      for (const file of files) {
        const bytes = await readFile(file);
        // A phone's HEIC takes the host a second or more to decode: say what is happening meanwhile.
        const slow = sniffPhotoFormat(bytes) === 'heic' || bytes.length > 4 * 1024 * 1024;
        const key = `photo-import-${file.name}`;
        if (slow) void messages.open({ type: 'loading', content: t('converting', { name: file.name }), key, duration: 0 });
        const result = await preparePhoto(bytes, newId('m'), pipeline).finally(() => slow && messages.destroy(key));
        if (!result.ok) {
          void messages.error(refusalMessage(t, file.name, result));
          continue;
        }
        for (const text of changeMessages(t, file.name, result)) void messages.info(text);
        takenAt ??= result.takenAt;
        imported.push({ item: result.item, bytes: result.bytes });
      }
      store.updateDocument((doc) => addPhotos(doc, imported, attach));
      if (imported.length > 0) void messages.success(t('added', { count: imported.length }));
      return { ids: imported.map((p) => p.item.id), ...(takenAt ? { takenAt } : {}) };
    },
    [messages, pipeline, readFile, store, t],
  );

  return { importFiles, holder };
}
