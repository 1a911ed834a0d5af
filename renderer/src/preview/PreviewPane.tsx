import { Spin } from 'antd';
import { memo, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BriefingDocument } from '../../../core/model/index.ts';
import type { Template } from '../../../core/template/index.ts';
import { anchorFor, followedPart, followScroll, type PreviewFollow } from './follow.ts';
import type { FrameAnchor } from './frame/protocol.ts';
import { PagedFrame } from './PagedFrame.tsx';
import { PX_PER_MM, sheetMetrics } from './pagedCss.ts';
import { PreviewBar } from './PreviewBar.tsx';
import { usePreviewSource, type PreviewSource } from './usePreviewSource.ts';
import { scaleFor, stepZoom, useWidth, type Zoom } from './zoom.ts';

interface Props {
  doc: BriefingDocument;
  template: Template;
  dark: boolean;
  onPages(pages: number): void;
  /** A click on the pages, with the model path the frame gave (untrusted: check it against the briefing). */
  onPathClick?(path: string): void;
  /** The part being edited: the preview scrolls to it when it is another part or has left the view. */
  follow?: PreviewFollow | undefined;
}

/** The live, paged preview: the PDF's own print HTML, paginated on screen, with zoom and the page count. */
export function PreviewPane({ doc, template, dark, onPages, onPathClick, follow }: Props) {
  const source = usePreviewSource(doc, template, dark ? '#3b3b3b' : '#e4e4e4');
  return <PreviewView source={source} onPages={onPages} onPathClick={onPathClick} follow={follow} />;
}

interface ViewProps {
  source: PreviewSource | undefined;
  onPages(pages: number): void;
  onPathClick?: ((path: string) => void) | undefined;
  follow?: PreviewFollow | undefined;
}

/** Everything below the source: it re-renders when the preview is rebuilt, not on every keystroke. */
const PreviewView = memo(function PreviewView({ source, onPages, onPathClick, follow }: ViewProps) {
  const { t } = useTranslation('app');
  const [zoom, setZoom] = useState<Zoom>('fit');
  const [pages, setPages] = useState<number>();
  const scroller = useRef<HTMLDivElement>(null);
  const available = useWidth(scroller) - 8;
  const frameWidth = source ? sheetMetrics(source.layout.geometry).frameWidthMm * PX_PER_MM : 0;
  const scale = scaleFor(zoom, available, frameWidth);
  const latestScale = useRef(scale);
  latestScale.current = scale;
  const onZoomStep = useCallback((direction: 1 | -1) => setZoom(stepZoom(latestScale.current, direction)), []);
  // Ctrl+wheel over the grey margin around the pages; over the pages themselves the frame reports it.
  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const onWheel = (event: WheelEvent) => {
      if (!event.ctrlKey && !event.metaKey) return;
      event.preventDefault();
      if (event.deltaY !== 0) onZoomStep(event.deltaY < 0 ? 1 : -1);
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, [onZoomStep]);
  // Following the editor: where each part landed in the frame, and the part last scrolled to.
  const anchors = useRef(new Map<string, FrameAnchor>());
  const followed = useRef<string>(undefined);
  /** The last edit or focus acted on: a refresh after it, or one the user did not cause, moves nothing. */
  const handled = useRef<number>(undefined);
  const latestFollow = useRef(follow);
  latestFollow.current = follow;
  const followNow = useCallback(() => {
    const target = latestFollow.current;
    const element = scroller.current;
    const paged = element?.querySelector<HTMLElement>('.bc-paged');
    const anchor = target && anchorFor(anchors.current, target.path);
    // A part not laid out yet (a section just added) is followed once a refresh shows it.
    if (!target || target.seq === handled.current || !element || !paged || !anchor) return;
    handled.current = target.seq;
    const pagedTop = paged.getBoundingClientRect().top - element.getBoundingClientRect().top + element.scrollTop;
    const box = { top: pagedTop + anchor.top * latestScale.current, bottom: pagedTop + anchor.bottom * latestScale.current };
    const to = followScroll(box, { top: element.scrollTop, height: element.clientHeight }, followed.current !== target.path);
    followed.current = target.path;
    // Scrolling the pane moves no focus: the caret stays in the field being edited. At once, not smoothly: the pane
    // holds the preview's frames, and every frame of a smooth scroll repainted it and moved them on the editor's
    // thread (~14 ms each, ~1.5 s of frames on a 2-core machine), right when the user starts typing in the new part.
    if (to !== undefined) element.scrollTo({ top: to, behavior: 'instant' });
  }, []);
  useEffect(followNow, [follow, followNow]);
  const onPaginated = useCallback(
    (result: { pages: number; anchors: FrameAnchor[] }) => {
      setPages(result.pages);
      onPages(result.pages);
      anchors.current = new Map(result.anchors.map((anchor) => [anchor.path, anchor]));
      followNow();
    },
    [onPages, followNow],
  );
  const latestPathClick = useRef(onPathClick);
  latestPathClick.current = onPathClick;
  const pathClick = useCallback((path: string) => {
    // The user is looking at what they clicked: its field's focus must not scroll the preview away from it.
    followed.current = followedPart(path);
    latestPathClick.current?.(path);
  }, []);
  return (
    <section className="bc-preview" aria-label={t('preview.label')} data-testid="preview">
      <PreviewBar zoom={zoom} onZoom={setZoom} pages={pages} />
      <div ref={scroller} className="bc-preview-scroll">
        {source ? (
          <PagedFrame source={source} zoom={scale} title={t('preview.frameTitle')} onPaginated={onPaginated} onZoomStep={onZoomStep} onPathClick={pathClick} />
        ) : (
          <Spin className="bc-preview-wait" />
        )}
      </div>
    </section>
  );
});
