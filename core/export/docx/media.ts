/**
 * Images go into the docx objects as small placeholders and their real bytes are put in when the package is zipped
 * again (see repack.ts). The docx library deflates every part, and deflating photos that are already compressed
 * was nearly all of an export's time while saving nothing.
 *
 * Each placeholder is unique per image: the library stores an image once per distinct content (it names media by a
 * hash of the bytes), so equal placeholders would merge different photos into one.
 */
export class MediaSlots {
  private readonly byKey = new Map<string, Uint8Array>();
  private readonly realByPlaceholder = new Map<string, Uint8Array>();
  private longest = 0;

  /** The placeholder for an image; the same key always gets the same placeholder. */
  placeholder(key: string, bytes: Uint8Array): Uint8Array {
    const known = this.byKey.get(key);
    if (known) return known;
    const text = `briefing-composer-media:${this.byKey.size + 1}:${key}`;
    const placeholder = new TextEncoder().encode(text);
    this.byKey.set(key, placeholder);
    this.longest = Math.max(this.longest, placeholder.length);
    this.realByPlaceholder.set(text, bytes);
    return placeholder;
  }

  /** The real bytes behind a placeholder found in the package, or undefined for anything else. */
  realBytes(entry: Uint8Array): Uint8Array | undefined {
    if (entry.length > this.longest) return undefined;
    return this.realByPlaceholder.get(new TextDecoder().decode(entry));
  }

  get size(): number {
    return this.byKey.size;
  }
}
