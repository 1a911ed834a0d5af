import { Select } from 'antd';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ZOOM_STEPS, type Zoom } from './zoom.ts';

/**
 * Zoom (fit width or a fixed scale) and the page count, above the pages. Memoised: the preview re-renders as the
 * editor follows the user's typing, and this bar (an antd Select) changes only with the zoom and the page count.
 */
export const PreviewBar = memo(function PreviewBar({ zoom, onZoom, pages }: { zoom: Zoom; onZoom(zoom: Zoom): void; pages: number | undefined }) {
  const { t, i18n } = useTranslation('app');
  const options = useMemo(() => {
    const percent = new Intl.NumberFormat(i18n.language, { style: 'percent' });
    return [{ value: 'fit', label: t('preview.fit') }, ...ZOOM_STEPS.map((step) => ({ value: String(step), label: percent.format(step) }))];
  }, [t, i18n.language]);
  return (
    <div className="bc-preview-bar">
      <Select
        size="small"
        aria-label={t('preview.zoom')}
        value={String(zoom)}
        options={options}
        onChange={(value: string) => onZoom(value === 'fit' ? 'fit' : Number(value))}
        style={{ width: 110 }}
        data-testid="preview-zoom"
      />
      <span data-testid="preview-pages" data-pages={pages ?? ''} aria-live="polite">
        {pages === undefined ? '' : t('status.pages', { count: pages, formatted: pages.toLocaleString(i18n.language) })}
      </span>
    </div>
  );
});
