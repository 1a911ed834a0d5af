import { useCallback } from 'react';
import type { Template } from '../../../../core/template/index.ts';
import { PreviewPane } from '../../preview/PreviewPane.tsx';
import { useDocumentSelector, useServices } from '../../state/context.tsx';
import type { DocumentState } from '../../state/documentStore.ts';
import { useNavigation } from './navigation.tsx';
import { previewTarget } from './previewTargets.ts';
import { usePreviewFollow } from './usePreviewFollow.ts';

const presentOf = (state: DocumentState | undefined) => state?.history.present;

/**
 * The preview of the open document. The only part of the layout that follows every edit; its rebuild waits for a
 * pause in typing (usePreviewSource), so a keystroke costs it a timer reset. It follows the user both ways: a click
 * on the pages puts the cursor in the field it came from, and editing a part scrolls the pages to it.
 */
export function LivePreview({ template, dark, onPages }: { template: Template; dark: boolean; onPages(pages: number): void }) {
  const doc = useDocumentSelector(presentOf);
  const { selected, revealField } = useNavigation();
  const { store } = useServices();
  const follow = usePreviewFollow(selected, doc?.briefing);
  const onPathClick = useCallback(
    (path: string) => {
      const briefing = store.document?.briefing;
      const to = briefing && previewTarget(path, briefing);
      if (to) revealField(to.target, to.field);
    },
    [store, revealField],
  );
  return doc ? <PreviewPane doc={doc} template={template} dark={dark} onPages={onPages} onPathClick={onPathClick} follow={follow} /> : null;
}
