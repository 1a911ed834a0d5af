import { useCallback, useEffect, useState } from 'react';

/** The outline's column and the divider's, and the room the middle pane keeps whatever the preview's width. */
export const OUTLINE_PX = 216;
export const DIVIDER_PX = 6;
export const PANE_MIN_PX = 520;
export const PREVIEW_MIN_PX = 320;
const STORAGE_KEY = 'briefing-composer.previewWidth';

/** The preview's widest: everything the outline, the divider and the middle pane's minimum leave. */
export function previewMax(windowWidth: number): number {
  return Math.max(PREVIEW_MIN_PX, windowWidth - OUTLINE_PX - DIVIDER_PX - PANE_MIN_PX);
}

export function clampPreview(width: number, windowWidth: number): number {
  return Math.round(Math.min(previewMax(windowWidth), Math.max(PREVIEW_MIN_PX, width)));
}

function stored(storage: Storage | undefined): number | undefined {
  const value = Number(storage?.getItem(STORAGE_KEY));
  return Number.isFinite(value) && value > 0 ? value : undefined;
}

/** The renderer's own storage: it lives in the app's profile (Electron keeps it under userData) across restarts. */
const storage = (): Storage | undefined => (typeof localStorage === 'undefined' ? undefined : localStorage);

/**
 * The preview pane's width in px, as the user last dragged it (40% of the window until then), always clamped to
 * what the window leaves once the middle pane has its minimum, and re-clamped as the window resizes.
 */
export function usePreviewWidth() {
  const [windowWidth, setWindowWidth] = useState(() => window.innerWidth);
  const [wanted, setWanted] = useState(() => stored(storage()) ?? window.innerWidth * 0.4);
  useEffect(() => {
    const onResize = () => setWindowWidth(window.innerWidth);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  const width = clampPreview(wanted, windowWidth);
  /** While dragging: follows the pointer, not yet remembered. */
  const preview = useCallback((next: number) => setWanted(clampPreview(next, window.innerWidth)), []);
  /** A drag's end or a key: remembered for the next start. */
  const commit = useCallback((next: number) => {
    const clamped = clampPreview(next, window.innerWidth);
    setWanted(clamped);
    storage()?.setItem(STORAGE_KEY, String(clamped));
  }, []);
  return { width, min: PREVIEW_MIN_PX, max: previewMax(windowWidth), preview, commit };
}
