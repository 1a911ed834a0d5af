import { useCallback, useMemo, useState } from 'react';
import { findMatches, matchIsCurrent, replaceMatches, type FindMatch, type FoldOptions } from '../../../../core/find/index.ts';
import type { Briefing } from '../../../../core/model/index.ts';
import { useDocumentSelector, useServices } from '../../state/context.tsx';
import type { DocumentState } from '../../state/documentStore.ts';

const briefingOf = (state: DocumentState | undefined) => state?.history.present.briefing;
const noBriefing = () => undefined;

/** Whether two matches are the same place (a field's offsets), across recomputed match lists. */
const samePlace = (a: FindMatch, b: FindMatch) => a.fieldPath === b.fieldPath && a.start === b.start && a.end === b.end;

/**
 * The search over the open briefing: the query, options, every match (recomputed from the document on each edit)
 * and which one is current; moving and replacing. The matching itself is core/find's, pure.
 */
export function useFindState(active: boolean) {
  const { store } = useServices();
  // A closed panel follows no edit: typing re-renders neither it nor its controls.
  const briefing = useDocumentSelector(active ? briefingOf : noBriefing);
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [options, setOptions] = useState<FoldOptions>({ matchCase: false, ignoreWidth: true });
  // The current match by place, so an edit elsewhere keeps it; -1 until the user first moves.
  const [current, setCurrent] = useState<FindMatch>();

  const matches = useMemo(() => (briefing && active ? findMatches(briefing, query, options) : []), [briefing, active, query, options]);
  const index = current ? matches.findIndex((m) => samePlace(m, current)) : -1;

  const step = useCallback(
    (direction: 1 | -1): FindMatch | undefined => {
      if (matches.length === 0) return undefined;
      const at = index < 0 ? (direction === 1 ? 0 : matches.length - 1) : (index + direction + matches.length) % matches.length;
      const next = matches[at]!;
      setCurrent(next);
      return next;
    },
    [matches, index],
  );

  /** Replaces the current match (if it still reads the same) and returns the match after it. */
  const replaceOne = useCallback((): FindMatch | undefined => {
    const doc = store.document?.briefing;
    const match = index >= 0 ? matches[index] : undefined;
    if (!doc || !match || !matchIsCurrent(doc, match)) return step(1);
    const next = replaceMatches(doc, [match], replacement);
    store.update(() => next);
    // The match that came after it, found again in the new text (shifted when it is in the same field).
    const after = findMatches(next, query, options);
    const old = matches[index + 1] ?? matches[0];
    const shift = replacement.length - (match.end - match.start);
    const expected = old && old.fieldPath === match.fieldPath && old.start >= match.end ? { ...old, start: old.start + shift, end: old.end + shift } : old;
    const following = (expected && after.find((m) => samePlace(m, expected))) ?? after[0];
    setCurrent(following);
    return following;
  }, [store, matches, index, replacement, query, options, step]);

  /** Every match replaced in one edit: one undo step. */
  const replaceAll = useCallback((): number => {
    const doc = store.document?.briefing;
    if (!doc) return 0;
    const all = findMatches(doc, query, options);
    if (all.length === 0) return 0;
    store.update((b: Briefing) => replaceMatches(b, all, replacement));
    setCurrent(undefined);
    return all.length;
  }, [store, query, options, replacement]);

  return { query, setQuery, replacement, setReplacement, options, setOptions, matches, index, step, replaceOne, replaceAll, briefing };
}
