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

/** Frame → editor. Times are epoch ms (timeOrigin + now): the frame runs in another process, with its own clock origin. */
export type FrameMessage =
  | { kind: 'bc-preview-ready' }
  | { kind: 'bc-preview-paginated'; token: string; pages: number; heightPx: number; laidOutAt: number; paginateMs: number }
  /** Ctrl+wheel over the pages: the editor zooms (the frame's own events never reach the editor's document). */
  | { kind: 'bc-preview-zoom'; direction: 1 | -1 };

const isObject = (data: unknown): data is Record<string, unknown> => typeof data === 'object' && data !== null;

export function isFrameMessage(data: unknown): data is FrameMessage {
  if (!isObject(data)) return false;
  if (data['kind'] === 'bc-preview-zoom') return data['direction'] === 1 || data['direction'] === -1;
  return data['kind'] === 'bc-preview-ready' || (data['kind'] === 'bc-preview-paginated' && typeof data['token'] === 'string');
}

export function isRenderMessage(data: unknown): data is RenderMessage {
  return isObject(data) && data['kind'] === 'bc-preview-render' && typeof data['html'] === 'string' && isObject(data['photos']) && isObject(data['layout']);
}
