import { base64 } from '../../../core/export/html/dataUri.ts';
import type { BriefingDocument } from '../../../core/model/index.ts';

/**
 * The print HTML embeds photos as data: URIs, so it is self-contained for the PDF. For the preview that costs a
 * base64 encoding of every photo on each refresh and a decoding of it in the frame (about 180 ms for 40 camera
 * photos). Instead the preview hands the engine a tiny stand-in per photo, then points the stand-ins at blob: URLs
 * made once per photo, which the frame loads from memory.
 */
const MARKER = 'bc-preview-media:';
const STAND_IN = /data:image\/(?:png|jpeg);base64,([A-Za-z0-9+/]{4,256}={0,2})"/g;
const CSP = /(<meta http-equiv="Content-Security-Policy" content="[^"]*?img-src data:)/;

export class PreviewImages {
  private readonly urls = new Map<string, { bytes: Uint8Array; url: string }>();
  private readonly encoder = new TextEncoder();

  /** The document with each photo's bytes replaced by its stand-in. */
  standIns(doc: BriefingDocument): BriefingDocument {
    const media = new Map<string, Uint8Array>();
    for (const id of doc.media.keys()) media.set(id, this.encoder.encode(`${MARKER}${id}`));
    return { briefing: doc.briefing, media };
  }

  /**
   * The print HTML of the stand-in document with the stand-ins pointed at blob: URLs, and the page's policy
   * allowing them; undefined when the HTML does not look as expected (then the caller uses the real print HTML).
   */
  withBlobs(html: string, doc: BriefingDocument): string | undefined {
    if (!CSP.test(html)) return undefined;
    let unknown = false;
    const swapped = html.replace(STAND_IN, (match, encoded: string) => {
      const text = decode(encoded);
      if (!text.startsWith(MARKER)) return match;
      const url = this.url(text.slice(MARKER.length), doc);
      if (!url) unknown = true;
      return `${url ?? ''}"`;
    });
    if (unknown) return undefined;
    this.forgetAllBut(doc);
    return swapped.replace(CSP, '$1 blob:');
  }

  private url(id: string, doc: BriefingDocument): string | undefined {
    const bytes = doc.media.get(id);
    if (!bytes) return undefined;
    const known = this.urls.get(id);
    if (known?.bytes === bytes) return known.url;
    if (known) URL.revokeObjectURL(known.url);
    const url = URL.createObjectURL(new Blob([bytes.slice()]));
    this.urls.set(id, { bytes, url });
    return url;
  }

  private forgetAllBut(doc: BriefingDocument): void {
    for (const [id, entry] of this.urls) {
      if (doc.media.get(id) !== entry.bytes) {
        URL.revokeObjectURL(entry.url);
        this.urls.delete(id);
      }
    }
  }

  dispose(): void {
    for (const entry of this.urls.values()) URL.revokeObjectURL(entry.url);
    this.urls.clear();
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
