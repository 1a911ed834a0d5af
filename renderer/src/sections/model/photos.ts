import type { Briefing, BriefingDocument, MediaItem, Section } from '../../../../core/model/index.ts';

export interface ImportedPhoto {
  item: MediaItem;
  bytes: Uint8Array;
}

/** The document with new photos' items and bytes added; `attach` places their ids (in a photos section or a site). */
export function addPhotos(
  doc: BriefingDocument,
  photos: readonly ImportedPhoto[],
  attach: (briefing: Briefing, ids: string[]) => Briefing,
): BriefingDocument {
  if (photos.length === 0) return doc;
  const media = new Map(doc.media);
  for (const photo of photos) media.set(photo.item.id, photo.bytes);
  const withItems = { ...doc.briefing, media: [...doc.briefing.media, ...photos.map((p) => p.item)] };
  return { briefing: attach(withItems, photos.map((p) => p.item.id)), media };
}

function withoutReference(section: Section, id: string): Section {
  if (section.type === 'photos') {
    return section.photoIds.includes(id) ? { ...section, photoIds: section.photoIds.filter((p) => p !== id) } : section;
  }
  if (section.type === 'sites' && section.sites.some((site) => site.photoIds.includes(id))) {
    return {
      ...section,
      sites: section.sites.map((site) =>
        site.photoIds.includes(id) ? { ...site, photoIds: site.photoIds.filter((p) => p !== id) } : site,
      ),
    };
  }
  return section;
}

/** The document without one photo: its item, its bytes and every reference to it (photo sections and sites). */
export function removePhoto(doc: BriefingDocument, id: string): BriefingDocument {
  if (!doc.briefing.media.some((m) => m.id === id)) return doc;
  const media = new Map(doc.media);
  media.delete(id);
  const briefing = {
    ...doc.briefing,
    media: doc.briefing.media.filter((m) => m.id !== id),
    sections: doc.briefing.sections.map((section) => withoutReference(section, id)),
  };
  return { briefing, media };
}

/** The briefing with one media item's caption or credit changed (empty text removes it). */
export function setMediaText(briefing: Briefing, id: string, field: 'caption' | 'credit', value: string): Briefing {
  return {
    ...briefing,
    media: briefing.media.map((m) => {
      if (m.id !== id) return m;
      const { [field]: _dropped, ...rest } = m;
      return value ? { ...rest, [field]: value } : rest;
    }),
  };
}
