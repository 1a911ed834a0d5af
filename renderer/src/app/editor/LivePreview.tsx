import type { Template } from '../../../../core/template/index.ts';
import { PreviewPane } from '../../preview/PreviewPane.tsx';
import { useDocumentSelector } from '../../state/context.tsx';
import type { DocumentState } from '../../state/documentStore.ts';

const presentOf = (state: DocumentState | undefined) => state?.history.present;

/**
 * The preview of the open document. The only part of the layout that follows every edit; its rebuild waits for a
 * pause in typing (usePreviewSource), so a keystroke costs it a timer reset.
 */
export function LivePreview({ template, dark, onPages }: { template: Template; dark: boolean; onPages(pages: number): void }) {
  const doc = useDocumentSelector(presentOf);
  return doc ? <PreviewPane doc={doc} template={template} dark={dark} onPages={onPages} /> : null;
}
