import { zipSync, type Zippable } from 'fflate';
import { InputError, parseBriefing, type Briefing, type BriefingDocument, type MediaItem, type Problem } from '../model/index.ts';
import { BRIEFING_ENTRY, BRIEFING_MIME_TYPE, MARKER_ENTRY, mediaEntryName } from './entryNames.ts';
import { CONTAINER_LIMITS, type ContainerLimits } from './limits.ts';
import { checkImage } from './mediaCheck.ts';

/** A fixed timestamp, in local time as zip stores it, so the same document always packs to the same bytes. */
const ENTRY_TIME = new Date(2000, 0, 1);
const encoder = new TextEncoder();

/** `file` only means something in a plain JSON briefing; inside the container the bytes sit at media/<id>.<ext>. */
function withoutFilePaths(briefing: Briefing): Briefing {
  return { ...briefing, media: briefing.media.map(({ file: _file, ...item }) => item) };
}

function checkedMedia(doc: BriefingDocument, limits: ContainerLimits): { items: MediaItem[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const items = doc.briefing.media.map((item, index) => {
    const bytes = doc.media.get(item.id);
    if (!bytes) {
      problems.push({ path: `media[${index}]`, message: `no image data for "${item.id}"` });
      return item;
    }
    const checked = checkImage(item, index, bytes, 'the image in memory', limits);
    if (!checked.ok) problems.push(checked.problem);
    return checked.ok ? checked.item : item;
  });
  return { items, problems };
}

/**
 * The .briefing bytes of a document: a zip with the marker, briefing.json (deflated) and each image STORED at
 * media/<id>.<png|jpg> (JPEG and PNG are compressed already). Throws InputError, and so writes nothing, when the
 * document could not be opened again: an invalid model, a missing image, an image over the limits.
 */
export interface PackOptions {
  /**
   * Checks the images as usual but leaves them out of the zip: the caller keeps them in files of its own and gives
   * them back to unpackBriefing (the recovery store, which rewrites the text on every autosave but a photo once).
   */
  photosOutside?: boolean;
  /**
   * false: briefing.json is stored, not deflated. For files written often and read rarely (the recovery store's
   * autosaves): deflating ~150 KB of text cost 5 ms warm and ~60 ms on the first write, on the host's thread.
   */
  compressText?: boolean;
}

export function packBriefing(doc: BriefingDocument, limits: ContainerLimits = CONTAINER_LIMITS, options: PackOptions = {}): Uint8Array {
  const { items, problems } = checkedMedia(doc, limits);
  const briefing = withoutFilePaths({ ...doc.briefing, media: items });
  const parsed = parseBriefing(JSON.parse(JSON.stringify(briefing)));
  if (!parsed.ok) problems.unshift(...parsed.problems);
  if (!parsed.ok || problems.length > 0) throw new InputError(problems);

  const entries: Zippable = {
    [MARKER_ENTRY]: [encoder.encode(BRIEFING_MIME_TYPE), { level: 0 }],
    [BRIEFING_ENTRY]: [encoder.encode(`${JSON.stringify(parsed.value, null, 2)}\n`), { level: options.compressText === false ? 0 : 6 }],
  };
  if (!options.photosOutside) for (const item of items) entries[mediaEntryName(item)] = [doc.media.get(item.id)!, { level: 0 }];
  return zipSync(entries, { mtime: ENTRY_TIME });
}
