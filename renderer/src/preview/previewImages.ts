import { base64 } from '../../../core/export/html/dataUri.ts';
import { MediaIdSchema, type BriefingDocument } from '../../../core/model/index.ts';
import { MEDIA_ATTRIBUTE, type FramePhoto } from './frame/protocol.ts';

/**
 * The print HTML embeds photos as data: URIs, so it is self-contained for the PDF. For the preview that costs a
 * base64 encoding of every photo on each refresh and a decoding of it in the frame (about 180 ms for 40 camera
 * photos). Instead the preview hands the engine a tiny stand-in per photo, then marks each stand-in's <img> with
 * its media id; the frame is sent a Blob per photo (made once per photo's bytes, passed by handle, with a key
 * that changes only with the bytes) and shows it from memory. The frame's origin is opaque, so it could not load
 * this page's blob: URLs.
 */
const MARKER = 'bc-preview-media:';
const STAND_IN = /data:image\/(?:png|jpeg);base64,([A-Za-z0-9+/]{4,256}={0,2})"/g;

export interface PhotoSlots {
  html: string;
  photos: Record<string, FramePhoto>;
}

export class PreviewImages {
  private readonly photos = new Map<string, { bytes: Uint8Array; photo: FramePhoto }>();
  private readonly encoder = new TextEncoder();
  private made = 0;

  /** The document with each photo's bytes replaced by its stand-in. */
  standIns(doc: BriefingDocument): BriefingDocument {
    const media = new Map<string, Uint8Array>();
    for (const id of doc.media.keys()) media.set(id, this.encoder.encode(`${MARKER}${id}`));
    return { briefing: doc.briefing, media };
  }

  /**
   * The print HTML of the stand-in document with each stand-in turned into an empty <img> slot naming its photo,
   * and the photos themselves; undefined when a stand-in names no photo of the document (then the caller uses the
   * real print HTML).
   */
  withSlots(html: string, doc: BriefingDocument): PhotoSlots | undefined {
    const photos: Record<string, FramePhoto> = {};
    let unknown = false;
    const swapped = html.replace(STAND_IN, (match, encoded: string) => {
      const text = decode(encoded);
      if (!text.startsWith(MARKER)) return match;
      const id = text.slice(MARKER.length);
      const photo = this.photo(id, doc);
      // The id becomes an attribute value: only the model's safe alphabet goes in.
      if (!photo || !MediaIdSchema.safeParse(id).success) {
        unknown = true;
        return match;
      }
      photos[id] = photo;
      return `" ${MEDIA_ATTRIBUTE}="${id}"`;
    });
    if (unknown) return undefined;
    this.forgetAllBut(doc);
    return { html: swapped, photos };
  }

  private photo(id: string, doc: BriefingDocument): FramePhoto | undefined {
    const bytes = doc.media.get(id);
    if (!bytes) return undefined;
    const known = this.photos.get(id);
    if (known?.bytes === bytes) return known.photo;
    const photo = { key: `${id}@${++this.made}`, blob: new Blob([bytes.slice()]) };
    this.photos.set(id, { bytes, photo });
    return photo;
  }

  private forgetAllBut(doc: BriefingDocument): void {
    for (const [id, entry] of this.photos) {
      if (doc.media.get(id) !== entry.bytes) this.photos.delete(id);
    }
  }
}

function decode(encoded: string): string {
  try {
    return atob(encoded);
  } catch {
    return '';
  }
}

/** For the unit test: the stand-in as it appears in the print HTML. */
export const standInUri = (id: string, mime = 'image/jpeg') => `data:${mime};base64,${base64(new TextEncoder().encode(`${MARKER}${id}`))}`;
