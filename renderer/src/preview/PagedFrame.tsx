import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { PX_PER_MM, sheetMetrics } from './pagedCss.ts';
import { isFrameMessage, type FrameAnchor, type RenderMessage } from './frame/protocol.ts';
import { frameShell } from './frameDocument.ts';
import type { Pagination } from './paginate.ts';
import type { PreviewSource } from './usePreviewSource.ts';

interface Props {
  source: PreviewSource;
  zoom: number;
  title: string;
  onPaginated(result: Pagination & { refreshMs: number; anchors: FrameAnchor[] }): void;
  /** Ctrl+wheel over the pages: one zoom step in (1) or out (-1). */
  onZoomStep?(direction: 1 | -1): void;
  /** A click on the shown pages: the model path of what was clicked, as the frame says (check it before use). */
  onPathClick?(path: string): void;
}

/**
 * Fired on window after each refresh, for the bench: the time from the edit to the new pages, and its parts
 * (building the HTML, laying it out in the frame, numbering the pages).
 */
export const PREVIEW_REFRESHED_EVENT = 'briefing:preview-refreshed';

/**
 * Two iframes take turns: the new HTML is laid out and paginated in the hidden one, then it is shown, so the
 * preview never blanks or jumps while it refreshes. `sandbox="allow-scripts"` without `allow-same-origin`: the
 * frames' origin is opaque, so Chromium lays them out in a process of their own and a long layout never delays a
 * keystroke here. Each frame loads its document once (frameShell); a refresh is a message to it, and the only
 * script its policy lets run is its own (frame/main.ts), which numbers the pages and reports back (with where each
 * section landed), and tells which part of the briefing a click fell on. What it sends is checked (frame/protocol.ts)
 * and taken only from these frames' own windows.
 */
export function PagedFrame({ source, zoom, title, onPaginated, onZoomStep, onPathClick }: Props) {
  const first = useRef<HTMLIFrameElement>(null);
  const second = useRef<HTMLIFrameElement>(null);
  const frames = useMemo(() => [first, second] as const, []);
  const shell = useMemo(frameShell, []);
  const [front, setFront] = useState(0);
  const frontRef = useRef(0);
  const [heights, setHeights] = useState<[number, number]>([0, 0]);
  const report = useRef(onPaginated);
  const zoomStep = useRef(onZoomStep);
  const pathClick = useRef(onPathClick);
  useEffect(() => {
    report.current = onPaginated;
    zoomStep.current = onZoomStep;
    pathClick.current = onPathClick;
  });
  /** Which frames have run their script and can take a refresh. */
  const ready = useRef([false, false]);
  /** The refresh for the hidden frame, and when it was sent to it. */
  const pending = useRef<{ slot: number; source: PreviewSource; sentAt?: number }>(undefined);
  /** Which frames have been sent a document, and the one shown. */
  const sent = useRef([false, false]);
  const shown = useRef<PreviewSource>(undefined);

  const post = useCallback(
    (slot: number, source: PreviewSource, token: string) => {
      const view = frames[slot]?.current?.contentWindow;
      if (!view || !ready.current[slot]) return false;
      const { html, photos, layout } = source;
      const message: RenderMessage = { kind: 'bc-preview-render', token, html, photos, layout };
      sent.current[slot] = true;
      // The frame's origin is opaque and cannot be named; the message is only this document's own preview.
      view.postMessage(message, '*');
      return true;
    },
    [frames],
  );

  const send = useCallback(() => {
    const job = pending.current;
    if (!job || job.sentAt !== undefined || !post(job.slot, job.source, job.source.token)) return;
    job.sentAt = performance.now();
  }, [post]);

  /**
   * The frames take turns, so the first edit after opening went to a frame that had never held the document: it
   * parsed, styled and laid out every page (and loaded every photo), 120–300 ms on a 100-page briefing, where later
   * refreshes replace one block. The hidden frame is given the shown document once, when the editor is idle; its
   * answer (a token no refresh waits for) is ignored.
   */
  const primeHidden = useCallback(() => {
    const source = shown.current;
    const slot = frontRef.current === 0 ? 1 : 0;
    if (!source || sent.current[slot] || pending.current?.slot === slot) return;
    const idle = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 200));
    idle(() => {
      if (shown.current === source && !sent.current[slot] && pending.current?.slot !== slot) post(slot, source, `${source.token}-prime`);
    }, { timeout: 2000 });
  }, [post]);

  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      const slot = frames.findIndex((ref) => ref.current !== null && ref.current.contentWindow === event.source);
      if (slot < 0 || !isFrameMessage(event.data)) return;
      const message = event.data;
      if (message.kind === 'bc-preview-zoom') {
        zoomStep.current?.(message.direction);
        return;
      }
      if (message.kind === 'bc-preview-click') {
        // Only the frame shown can be clicked; a message from the hidden one is not the user's.
        if (slot === frontRef.current) pathClick.current?.(message.path);
        return;
      }
      if (message.kind === 'bc-preview-ready') {
        ready.current[slot] = true;
        send();
        primeHidden();
        return;
      }
      const job = pending.current;
      if (!job || job.slot !== slot || job.source.token !== message.token || job.sentAt === undefined) return;
      pending.current = undefined;
      frontRef.current = slot;
      shown.current = job.source;
      primeHidden();
      setFront(slot);
      setHeights((h) => (slot === 0 ? [message.heightPx, h[1]] : [h[0], message.heightPx]));
      const refreshMs = performance.now() - job.source.since;
      report.current({ pages: message.pages, heightPx: message.heightPx, refreshMs, anchors: message.anchors });
      const detail = {
        refreshMs,
        pages: message.pages,
        waitMs: job.source.builtAt - job.source.since,
        buildMs: job.source.buildMs,
        commitMs: job.sentAt - job.source.builtAt - job.source.buildMs,
        loadMs: message.laidOutAt - performance.timeOrigin - job.sentAt,
        paginateMs: message.paginateMs,
      };
      window.dispatchEvent(new CustomEvent(PREVIEW_REFRESHED_EVENT, { detail }));
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [frames, send, primeHidden]);

  useEffect(() => {
    pending.current = { slot: frontRef.current === 0 ? 1 : 0, source };
    send();
  }, [source, send]);

  const widthPx = sheetMetrics(source.layout.geometry).frameWidthMm * PX_PER_MM;
  const height = heights[front] || source.layout.geometry.heightMm * PX_PER_MM;
  return (
    <div className="bc-paged" style={{ width: widthPx * zoom, height: height * zoom, position: 'relative', margin: '0 auto' }}>
      {frames.map((ref, slot) => (
        <iframe
          key={slot}
          ref={ref}
          sandbox="allow-scripts"
          srcDoc={shell}
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
