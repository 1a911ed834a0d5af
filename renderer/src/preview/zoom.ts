import { useEffect, useState, type RefObject } from 'react';

export type Zoom = 'fit' | number;
export const ZOOM_STEPS: readonly number[] = [0.5, 0.75, 1, 1.25, 1.5];

/** The scale at which a frame of `frameWidth` px fills `available` px, never above 100 %. */
export function fitScale(available: number, frameWidth: number): number {
  if (available <= 0 || frameWidth <= 0) return 1;
  return Math.min(1, Math.max(0.2, available / frameWidth));
}

/** One step in or out from the scale shown now ("fit" included), to the next of ZOOM_STEPS. */
export function stepZoom(shown: number, direction: 1 | -1): number {
  const next = direction > 0 ? ZOOM_STEPS.find((step) => step > shown + 0.001) : [...ZOOM_STEPS].reverse().find((step) => step < shown - 0.001);
  return next ?? (direction > 0 ? ZOOM_STEPS.at(-1)! : ZOOM_STEPS[0]!);
}

export function scaleFor(zoom: Zoom, available: number, frameWidth: number): number {
  return zoom === 'fit' ? fitScale(available, frameWidth) : zoom;
}

/** The content width of an element, kept current as it resizes. */
export function useWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    setWidth(element.clientWidth);
    const observer = new ResizeObserver(() => setWidth(element.clientWidth));
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
