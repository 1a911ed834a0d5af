import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pageGeometry, printHtml } from '../../../core/export/html/index.ts';
import type { BriefingDocument } from '../../../core/model/index.ts';
import type { Template } from '../../../core/template/index.ts';
import { folioStyle } from './folios.ts';
import { afterTypingPause, trackInput } from './inputQuiet.ts';
import type { FramePhoto } from './frame/protocol.ts';
import { pagedCss, withStyle } from './pagedCss.ts';
import type { PagedLayout } from './paginate.ts';
import { PreviewImages } from './previewImages.ts';

export interface PreviewSource {
  /** Names this refresh in the messages between the editor and the frame. */
  token: string;
  html: string;
  /** The photos the HTML's <img> slots name, sent to the frame with it. */
  photos: Record<string, FramePhoto>;
  layout: PagedLayout;
  /** When the document this HTML shows was current (performance.now()), to time a refresh end to end. */
  since: number;
  /** How long the engine took to write the HTML (ms), and when it started. */
  buildMs: number;
  builtAt: number;
}

/** Typing pauses shorter than this do not rebuild the preview (measured from the keys, see afterTypingPause). */
export const PREVIEW_DEBOUNCE_MS = 80;

let refreshes = 0;

export function previewSource(
  doc: BriefingDocument,
  template: Template,
  desk: string,
  since: number,
  images?: PreviewImages,
  emptySectionNote?: string,
): PreviewSource {
  const start = performance.now();
  const geometry = pageGeometry(template.manifest);
  // Empty sections show greyed with a note, where they stand; the PDF and DOCX leave them out.
  const options = emptySectionNote === undefined ? {} : { emptySections: { note: emptySectionNote } };
  const fast = images?.withSlots(printHtml(images.standIns(doc), template, options), doc);
  const layout = { geometry, folios: folioStyle(template.manifest, doc.briefing.meta.language, geometry) };
  const token = `refresh-${++refreshes}`;
  const html = withStyle(fast?.html ?? printHtml(doc, template, options), pagedCss(geometry, desk));
  return { token, html, photos: fast?.photos ?? {}, layout, since, buildMs: performance.now() - start, builtAt: start };
}

/**
 * The print HTML of the document, rebuilt when typing pauses (debounce), so a keystroke never waits for the
 * engine. The first build after opening is immediate. Building takes a few ms (photos are not re-encoded, see
 * PreviewImages); the frame's layout of it is the larger part, and happens only after the pause.
 */
export function usePreviewSource(doc: BriefingDocument | undefined, template: Template | undefined, desk: string) {
  const { t } = useTranslation('printPreview');
  const emptySectionNote = t('emptySection');
  const [source, setSource] = useState<PreviewSource>();
  const built = useRef(false);
  const [images] = useState(() => new PreviewImages());
  useEffect(() => trackInput(window), []);
  useEffect(() => {
    if (!doc || !template) return;
    const since = performance.now();
    const build = () => {
      built.current = true;
      setSource(previewSource(doc, template, desk, since, images, emptySectionNote));
    };
    if (!built.current) {
      const timer = setTimeout(build, 0);
      return () => clearTimeout(timer);
    }
    return afterTypingPause(build, PREVIEW_DEBOUNCE_MS);
  }, [doc, template, desk, images, emptySectionNote]);
  return source;
}
