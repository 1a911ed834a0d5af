import { Spin } from 'antd';
import { memo, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BriefingDocument } from '../../../core/model/index.ts';
import type { Template } from '../../../core/template/index.ts';
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
}

/** The live, paged preview: the PDF's own print HTML, paginated on screen, with zoom and the page count. */
export function PreviewPane({ doc, template, dark, onPages }: Props) {
  const source = usePreviewSource(doc, template, dark ? '#3b3b3b' : '#e4e4e4');
  return <PreviewView source={source} onPages={onPages} />;
}

/** Everything below the source: it re-renders when the preview is rebuilt, not on every keystroke. */
const PreviewView = memo(function PreviewView({ source, onPages }: { source: PreviewSource | undefined; onPages(pages: number): void }) {
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
  const onPaginated = useCallback(
    (result: { pages: number }) => {
      setPages(result.pages);
      onPages(result.pages);
    },
    [onPages],
  );
  return (
    <section className="bc-preview" aria-label={t('preview.label')} data-testid="preview">
      <PreviewBar zoom={zoom} onZoom={setZoom} pages={pages} />
      <div ref={scroller} className="bc-preview-scroll">
        {source ? (
          <PagedFrame source={source} zoom={scale} title={t('preview.frameTitle')} onPaginated={onPaginated} onZoomStep={onZoomStep} />
        ) : (
          <Spin className="bc-preview-wait" />
        )}
      </div>
    </section>
  );
});
