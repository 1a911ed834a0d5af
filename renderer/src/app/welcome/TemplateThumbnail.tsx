import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pageGeometry, printHtml } from '../../../../core/export/html/index.ts';
import type { TemplateSummary } from '../../../../core/ipc/contract.ts';
import { PX_PER_MM, withStyle } from '../../preview/pagedCss.ts';
import { useServices } from '../../state/context.tsx';
import { loadTemplate } from '../templates/templateCache.ts';
import { sampleBriefing } from './sampleBriefing.ts';

/** The first sheet alone: no desk, no shadow, nothing below the first page. */
const FIRST_PAGE_CSS = '@media screen { html { background: #fff; overflow: hidden; } body { margin: 0; box-shadow: none; } }';

interface Rendered {
  html: string;
  widthPx: number;
  heightPx: number;
}

/**
 * The template's first page with a small sample briefing, printed by the engine and shown scaled down in a
 * fully sandboxed frame (no scripts, no same-origin access).
 */
export function TemplateThumbnail({ summary, width }: { summary: TemplateSummary; width: number }) {
  const { api } = useServices();
  const { t, i18n } = useTranslation('app');
  const [rendered, setRendered] = useState<Rendered>();

  useEffect(() => {
    let live = true;
    loadTemplate(api, summary.id).then(
      (template) => {
        if (!live) return;
        const sample = sampleBriefing(summary.id, summary.language, i18n.getFixedT(summary.language, 'app'), new Date().toISOString().slice(0, 10));
        const geometry = pageGeometry(template.manifest);
        setRendered({
          html: withStyle(printHtml(sample, template), FIRST_PAGE_CSS),
          widthPx: geometry.widthMm * PX_PER_MM,
          heightPx: geometry.heightMm * PX_PER_MM,
        });
      },
      () => undefined, // the card still offers the template; the host says what is wrong when it is used
    );
    return () => {
      live = false;
    };
  }, [api, summary.id, summary.language, i18n]);

  const scale = rendered ? width / rendered.widthPx : 1;
  const height = rendered ? rendered.heightPx * scale : width * 1.414;
  return (
    <div className="bc-thumbnail" style={{ width, height }}>
      {rendered && (
        <iframe
          sandbox=""
          srcDoc={rendered.html}
          title={t('welcome.thumbnail', { name: summary.name[summary.language] ?? summary.id })}
          tabIndex={-1}
          aria-hidden="true"
          loading="lazy"
          style={{
            width: rendered.widthPx,
            height: rendered.heightPx,
            border: 0,
            transform: `scale(${scale})`,
            transformOrigin: '0 0',
            pointerEvents: 'none',
          }}
        />
      )}
    </div>
  );
}
