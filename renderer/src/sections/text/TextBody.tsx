import { memo, useCallback } from 'react';
import type { RichText } from '../../../../core/model/index.ts';
import { RichTextEditor } from '../../richtext/RichTextEditor.tsx';
import { useDocumentSelector } from '../../state/context.tsx';
import type { DocumentState } from '../../state/documentStore.ts';
import type { SectionChange } from '../fields/useSectionUpdate.ts';

const NO_BODY: RichText = [];

interface Props {
  sectionId: string;
  ariaLabel: string;
  update(change: SectionChange<'text'>, key?: string): void;
}

/**
 * A text section's body. It reads the body from the store itself, so a keystroke re-renders this editor only,
 * not the section's form around it.
 */
export const TextBody = memo(function TextBody({ sectionId, ariaLabel, update }: Props) {
  const bodyOf = useCallback(
    (state: DocumentState | undefined) => {
      const section = state?.history.present.briefing.sections.find((s) => s.id === sectionId);
      return section?.type === 'text' ? section.body : NO_BODY;
    },
    [sectionId],
  );
  const body = useDocumentSelector(bodyOf);
  const onChange = useCallback(
    (v: RichText) => update((s) => ({ ...s, body: v }), `sections.${sectionId}.body`),
    [update, sectionId],
  );
  return <RichTextEditor id={`text-${sectionId}-body`} ariaLabel={ariaLabel} value={body} minRows={8} onChange={onChange} />;
});
