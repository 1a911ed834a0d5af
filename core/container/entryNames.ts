import { extensionFor, type MediaItem } from '../model/index.ts';

/** The marker, stored first and uncompressed, so `file` and other sniffers can tell a briefing from any zip. */
export const MARKER_ENTRY = 'mimetype';
export const BRIEFING_MIME_TYPE = 'application/vnd.briefing-composer.briefing+zip';
export const BRIEFING_ENTRY = 'briefing.json';

export function mediaEntryName(item: Pick<MediaItem, 'id' | 'mimeType'>): string {
  return `media/${item.id}.${extensionFor(item.mimeType)}`;
}

/**
 * Why an entry name could escape a folder if some other tool extracted the file, or undefined when it is harmless.
 * We never use entry names as paths; a name like this only appears in a file crafted or damaged on purpose.
 */
export function unsafeNameReason(name: string): string | undefined {
  if (name === '') return 'the name is empty';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'the name contains control characters';
  if (name.includes('\\')) return 'the name contains a backslash';
  if (name.startsWith('/')) return 'the name is an absolute path';
  if (/^[A-Za-z]:/.test(name)) return 'the name starts with a drive letter';
  if (name.split('/').some((part) => part === '..')) return 'the name climbs out of its folder ("..")';
  return undefined;
}
