import { useCallback, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { Section, SectionType } from '../../../../core/model/index.ts';
import { MetaForm } from '../../sections/MetaForm.tsx';
import { SECTION_EDITORS } from '../../sections/registry.ts';
import { useDocumentSelector } from '../../state/context.tsx';
import type { DocumentState } from '../../state/documentStore.ts';
import type { SectionEditorProps } from '../../sections/types.ts';
import { DETAILS } from './sectionLabel.ts';

/** The registry is keyed by type, so the editor looked up for a section always takes that section. */
function editorFor<T extends SectionType>(type: T): ComponentType<SectionEditorProps<T>> {
  return SECTION_EDITORS[type];
}

/** The middle pane: the details form or the selected section's editor. It follows the selected section only. */
export function SectionPane({ selected }: { selected: string }) {
  const { t } = useTranslation('app');
  const sectionOf = useCallback(
    (state: DocumentState | undefined) => state?.history.present.briefing.sections.find((s) => s.id === selected),
    [selected],
  );
  const section = useDocumentSelector(sectionOf);
  const Editor = section ? (editorFor(section.type) as ComponentType<{ section: Section }>) : undefined;
  return (
    <main className="bc-pane" aria-label={t('editor.label')} data-testid="editor-pane">
      {selected === DETAILS || !section || !Editor ? <MetaForm /> : <Editor key={section.id} section={section} />}
    </main>
  );
}
