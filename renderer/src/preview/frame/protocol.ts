import type { PagedLayout } from '../paginate.ts';

/** On an <img> whose photo the editor sends as a Blob (the frame cannot load the editor's blob: URLs). */
export const MEDIA_ATTRIBUTE = 'data-bc-media';

/** A photo for the frame; `key` changes when the photo's bytes do, so the frame reuses its URL until then. */
export interface FramePhoto {
  key: string;
  blob: Blob;
}

/** Editor → frame: one refresh. */
export interface RenderMessage {
  kind: 'bc-preview-render';
  token: string;
  html: string;
  photos: Record<string, FramePhoto>;
  layout: PagedLayout;
}

/**
 * Where a part of the briefing landed in the frame, in the frame's CSS px from its top: a section
 * (`sections[2]`), an item of one (`sections[2].sites[0]`), an attendee, or `meta` (the masthead and title).
 */
export interface FrameAnchor {
  path: string;
  top: number;
  bottom: number;
}

/** At most this many anchors per refresh; a briefing has far fewer sections and items. */
export const MAX_ANCHORS = 4000;
/** Longer than any path the print HTML writes (see modelPath.ts, which checks a path fully). */
const MAX_PATH = 120;

/** Frame → editor. Times are epoch ms (timeOrigin + now): the frame runs in another process, with its own clock origin. */
export type FrameMessage =
  | { kind: 'bc-preview-ready' }
  | {
      kind: 'bc-preview-paginated';
      token: string;
      pages: number;
      heightPx: number;
      laidOutAt: number;
      paginateMs: number;
      anchors: FrameAnchor[];
    }
  /** Ctrl+wheel over the pages: the editor zooms (the frame's own events never reach the editor's document). */
  | { kind: 'bc-preview-zoom'; direction: 1 | -1 }
  /** A click on a part of the preview: the model path of the element clicked (its nearest data-bc-path). */
  | { kind: 'bc-preview-click'; path: string };

const isObject = (data: unknown): data is Record<string, unknown> => typeof data === 'object' && data !== null;
const isPath = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= MAX_PATH;
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isAnchor = (value: unknown): value is FrameAnchor =>
  isObject(value) && isPath(value['path']) && isNumber(value['top']) && isNumber(value['bottom']) && value['bottom'] >= value['top'];

/**
 * The frame's origin is opaque and its content is the user's: everything it sends is checked, field by field, before
 * the editor reads it (and the editor checks a clicked path against the open briefing as well).
 */
export function isFrameMessage(data: unknown): data is FrameMessage {
  if (!isObject(data)) return false;
  switch (data['kind']) {
    case 'bc-preview-ready':
      return true;
    case 'bc-preview-zoom':
      return data['direction'] === 1 || data['direction'] === -1;
    case 'bc-preview-click':
      return isPath(data['path']);
    case 'bc-preview-paginated': {
      const anchors = data['anchors'];
      return (
        typeof data['token'] === 'string' &&
        isNumber(data['pages']) &&
        isNumber(data['heightPx']) &&
        Array.isArray(anchors) &&
        anchors.length <= MAX_ANCHORS &&
        anchors.every(isAnchor)
      );
    }
    default:
      return false;
  }
}

export function isRenderMessage(data: unknown): data is RenderMessage {
  return isObject(data) && data['kind'] === 'bc-preview-render' && typeof data['html'] === 'string' && isObject(data['photos']) && isObject(data['layout']);
}
