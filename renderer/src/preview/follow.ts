import { owners } from './frame/anchors.ts';
import type { FrameAnchor } from './frame/protocol.ts';

/** What the user is editing, as a model path the preview can find (`sections[2]`, `sections[1].sites[0]`, `meta`). */
export interface PreviewFollow {
  path: string;
  /** Changes with each edit or focus, so the same path can be followed again. */
  seq: number;
}

/** The anchor for a path, or for the part it belongs to (an item not laid out yet still has its section). */
export function anchorFor(anchors: ReadonlyMap<string, FrameAnchor>, path: string): FrameAnchor | undefined {
  const exact = anchors.get(path);
  if (exact) return exact;
  for (const owner of owners(path).reverse()) {
    const anchor = anchors.get(owner);
    if (anchor) return anchor;
  }
  return undefined;
}

/** The part a clicked path belongs to, as the editor names what is being edited (see PreviewFollow). */
export const followedPart = (path: string): string | undefined => owners(path).at(-1);

const MARGIN_PX = 16;

/**
 * Where to scroll the preview (its scrollTop), or undefined to stay: when the user moves to another part, only if
 * that part's start is not in view; while they go on in the same part, only once it is wholly out of view. So the
 * preview never jumps under someone typing in the part it shows.
 */
export function followScroll(target: { top: number; bottom: number }, view: { top: number; height: number }, changed: boolean): number | undefined {
  const viewBottom = view.top + view.height;
  const startInView = target.top >= view.top && target.top <= viewBottom - 2 * MARGIN_PX;
  const intersects = target.bottom > view.top && target.top < viewBottom;
  if (changed ? startInView : intersects) return undefined;
  return Math.max(0, target.top - MARGIN_PX);
}
