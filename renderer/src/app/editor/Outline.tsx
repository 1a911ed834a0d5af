import { closestCenter, DndContext } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { memo, useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { newSection, type SectionType } from '../../../../core/model/index.ts';
import type { Template } from '../../../../core/template/index.ts';
import { useSortableSetup } from '../../sections/dnd/useSortableSetup.ts';
import { useDocumentSelector, useServices } from '../../state/context.tsx';
import { move, replaceSection } from '../../state/edit.ts';
import type { DocumentState } from '../../state/documentStore.ts';
import { problemCounts } from '../export/exportProblems.ts';
import { AddSectionButton } from './AddSectionButton.tsx';
import { useNavigation } from './navigation.tsx';
import { useOutlineKeys } from './useOutlineKeys.ts';
import { ProblemMark } from './ProblemMark.tsx';
import { outlineEntries, sameEntries, type OutlineEntry } from './outlineEntries.ts';
import { OutlineRow } from './OutlineRow.tsx';
import { DETAILS, sectionLabel } from './sectionLabel.ts';

/**
 * Blanks an export needs filled, per outline entry, once an export was refused for them (not before: a new
 * briefing is all blanks, and marking them from the start would shout at a user who has not begun). Followed as
 * one string, so typing re-renders the outline only when a count changes.
 */
function useProblemCounts(): ReadonlyMap<string, number> {
  const { problemsShown } = useNavigation();
  const countsOf = useCallback(
    (state: DocumentState | undefined) => (problemsShown && state ? problemCounts(state.history.present.briefing) : ''),
    [problemsShown],
  );
  const counts = useDocumentSelector(countsOf);
  return useMemo(() => new Map(counts.split(',').filter(Boolean).map((entry) => {
    const [id, n] = entry.split(':');
    return [id!, Number(n)] as const;
  })), [counts]);
}

/** The ids in order, as the same array while they stay the same, so dnd-kit does not re-render every row. */
function useStableIds(sections: readonly OutlineEntry[]): string[] {
  const joined = sections.map((s) => s.id).join('\n');
  return useMemo(() => (joined === '' ? [] : joined.split('\n')), [joined]);
}

interface Props {
  /** The briefing's language: a new text section's heading is written in it. */
  language: 'zh-CN' | 'en';
  /** For the section names the export prints, once loaded. */
  template?: Template;
  selected: string;
  onSelect(id: string): void;
}

/**
 * The briefing's parts in order: details first, then the sections, which can be reordered, hidden and added.
 * It follows the sections' ids, types, headings and visibility only: typing in the details or in a section's
 * body re-renders neither it nor (dnd-kit's contexts being new on each render) every sortable row.
 */
export const Outline = memo(function Outline({ language, template, selected, onSelect }: Props) {
  const { t, i18n } = useTranslation('app');
  const { store } = useServices();
  const sections = useDocumentSelector(outlineEntries, sameEntries);
  const ids = useStableIds(sections);
  const problems = useProblemCounts();
  const keys = useOutlineKeys(selected);
  const { sensors, accessibility, onDragEnd } = useSortableSetup(ids, (from, to) =>
    store.update((b) => ({ ...b, sections: move(b.sections, from, to) })),
  );
  const add = (type: SectionType) => {
    const section = newSection(type, i18n.getFixedT(language, 'app')(`sectionTypes.${type}`));
    store.update((b) => ({ ...b, sections: [...b.sections, section] }));
    onSelect(section.id);
  };
  const toggle = useCallback(
    (id: string) => store.update((b) => replaceSection(b, id, (s) => ({ ...s, hidden: !s.hidden }))),
    [store],
  );

  return (
    <nav className="bc-outline" aria-label={t('outline.label')} data-testid="outline" onKeyDown={keys.onKeyDown} onFocus={keys.onFocus}>
      <button
        type="button"
        className={`bc-outline-label bc-outline-details${selected === DETAILS ? ' is-selected' : ''}`}
        aria-current={selected === DETAILS ? 'true' : undefined}
        tabIndex={keys.tabStop === DETAILS ? 0 : -1}
        data-outline-entry={DETAILS}
        onClick={() => onSelect(DETAILS)}
        data-testid="outline-details"
      >
        {t('outline.details')}
        <ProblemMark count={problems.get(DETAILS)} />
      </button>
      <DndContext sensors={sensors} collisionDetection={closestCenter} accessibility={accessibility} onDragEnd={onDragEnd}>
        <SortableContext items={ids} strategy={verticalListSortingStrategy}>
          <ol className="bc-outline-list">
            {sections.map((section) => (
              <OutlineRow
                key={section.id}
                id={section.id}
                type={section.type}
                hidden={section.hidden}
                label={sectionLabel(section, t, template, language)}
                selected={selected === section.id}
                problems={problems.get(section.id)}
                tabStop={keys.tabStop === section.id}
                onSelect={onSelect}
                onToggleHidden={toggle}
              />
            ))}
          </ol>
        </SortableContext>
      </DndContext>
      <AddSectionButton present={sections.map((s) => s.type)} template={template} language={language} onAdd={add} />
    </nav>
  );
});
