import type { BriefingDocument, MediaItem } from '../../../../core/model/index.ts';

/** The document with one photo's bytes replaced (cropped or turned): its item keeps id, caption and credit. */
export function replacePhoto(doc: BriefingDocument, id: string, bytes: Uint8Array, image: Pick<MediaItem, 'mimeType' | 'width' | 'height'>): BriefingDocument {
  if (!doc.media.has(id)) return doc;
  const media = new Map(doc.media);
  media.set(id, bytes);
  const items = doc.briefing.media.map((m) => {
    if (m.id !== id) return m;
    // A path to the original file would name bytes the photo no longer has.
    const { file: _file, ...rest } = m;
    return { ...rest, ...image };
  });
  return { briefing: { ...doc.briefing, media: items }, media };
}
