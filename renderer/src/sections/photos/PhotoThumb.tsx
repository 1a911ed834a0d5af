import { useCallback, type CSSProperties } from 'react';
import type { MediaItem } from '../../../../core/model/index.ts';
import { useDocumentSelector } from '../../state/context.tsx';
import type { DocumentState } from '../../state/documentStore.ts';
import { useObjectUrl } from './useObjectUrl.ts';

/** A photo of the open document, scaled to fit a box (the bytes come from the document's media store). */
export function PhotoThumb({ item, height = 140, alt }: { item: MediaItem; height?: number; alt: string }) {
  const bytes = useDocumentSelector(
    useCallback((state: DocumentState | undefined) => state?.history.present.media.get(item.id), [item.id]),
  );
  const url = useObjectUrl(bytes, item.mimeType);
  const style: CSSProperties = { width: '100%', height, objectFit: 'contain', display: 'block', background: 'rgba(128,128,128,0.12)' };
  return url ? <img src={url} alt={alt} style={style} data-testid="photo-thumb" /> : <div style={style} aria-hidden />;
}
