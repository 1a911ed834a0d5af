import { useEffect, useMemo, useRef, useState } from 'react';
import { PX_PER_MM, sheetMetrics } from './pagedCss.ts';
import { paginate, type Pagination } from './paginate.ts';
import type { PreviewSource } from './usePreviewSource.ts';

interface Props {
  source: PreviewSource;
  zoom: number;
  title: string;
  onPaginated(result: Pagination & { refreshMs: number }): void;
}

/**
 * Fired on window after each refresh, for the bench: the time from the edit to the new pages, and its parts
 * (building the HTML, loading and laying it out, numbering the pages).
 */
export const PREVIEW_REFRESHED_EVENT = 'briefing:preview-refreshed';

/**
 * Two iframes take turns: the new HTML loads and is paginated in the hidden one, then it is shown, so the
 * preview never blanks or jumps while it refreshes. `sandbox="allow-same-origin"` without `allow-scripts`:
 * nothing in the print HTML can run, and this component can still measure and number the pages.
 */
export function PagedFrame({ source, zoom, title, onPaginated }: Props) {
  const first = useRef<HTMLIFrameElement>(null);
  const second = useRef<HTMLIFrameElement>(null);
  const frames = useMemo(() => [first, second] as const, []);
  const [front, setFront] = useState(0);
  const frontRef = useRef(0);
  const [heights, setHeights] = useState<[number, number]>([0, 0]);
  const report = useRef(onPaginated);
  useEffect(() => {
    report.current = onPaginated;
  });

  useEffect(() => {
    const back = frontRef.current === 0 ? 1 : 0;
    const frame = frames[back].current;
    if (!frame) return;
    let stale = false;
    const onLoad = async () => {
      const doc = frame.contentDocument;
      // The empty about:blank an iframe starts with also fires load; only the srcdoc counts.
      if (!doc || stale || doc.URL !== 'about:srcdoc') return;
      await doc.fonts.ready;
      if (stale) return;
      const loaded = performance.now();
      const result = paginate(doc, source.layout);
      const paginateMs = performance.now() - loaded;
      frontRef.current = back;
      setFront(back);
      setHeights((h) => (back === 0 ? [result.heightPx, h[1]] : [h[0], result.heightPx]));
      const refreshMs = performance.now() - source.since;
      report.current({ ...result, refreshMs });
      const detail = {
        refreshMs,
        pages: result.pages,
        waitMs: source.builtAt - source.since,
        buildMs: source.buildMs,
        commitMs: assigned - source.builtAt - source.buildMs,
        loadMs: loaded - assigned,
        paginateMs,
      };
      window.dispatchEvent(new CustomEvent(PREVIEW_REFRESHED_EVENT, { detail }));
    };
    frame.addEventListener('load', onLoad);
    const assigned = performance.now();
    frame.srcdoc = source.html;
    return () => {
      stale = true;
      frame.removeEventListener('load', onLoad);
    };
  }, [source, frames]);

  const widthPx = sheetMetrics(source.layout.geometry).frameWidthMm * PX_PER_MM;
  const height = heights[front] || source.layout.geometry.heightMm * PX_PER_MM;
  return (
    <div className="bc-paged" style={{ width: widthPx * zoom, height: height * zoom, position: 'relative', margin: '0 auto' }}>
      {frames.map((ref, slot) => (
        <iframe
          key={slot}
          ref={ref}
          sandbox="allow-same-origin"
          title={title}
          aria-hidden={slot !== front}
          tabIndex={slot === front ? 0 : -1}
          data-testid={slot === front ? 'preview-frame' : undefined}
          style={{
            position: 'absolute',
            inset: '0 auto auto 0',
            width: widthPx,
            height: heights[slot] || height,
            border: 0,
            transform: `scale(${zoom})`,
            transformOrigin: '0 0',
            visibility: slot === front ? 'visible' : 'hidden',
          }}
        />
      ))}
    </div>
  );
}
