import { useEffect, useState } from 'react';
import type { SeriesNumbers } from '../../../../core/series/index.ts';
import { useDocumentSelector, useServices } from '../../state/context.tsx';
import type { DocumentState } from '../../state/documentStore.ts';

const seriesIdOf = (state: DocumentState | undefined) => state?.history.present.briefing.meta.seriesId;
const issueOf = (state: DocumentState | undefined) => state?.history.present.briefing.meta.issueNumber;

/**
 * The open briefing's series and the numbers it has handed out, for the checker's 期号 rule. Asked of the host
 * when the briefing names a series (and again when its issue number changes, as another computer may have taken
 * one meanwhile); undefined when it names none or the series cannot be reached.
 */
export function useSeriesNumbers(): SeriesNumbers | undefined {
  const { api } = useServices();
  const seriesId = useDocumentSelector(seriesIdOf);
  const issue = useDocumentSelector(issueOf);
  const [numbers, setNumbers] = useState<SeriesNumbers>();
  useEffect(() => {
    if (!seriesId) return setNumbers(undefined);
    let current = true;
    const timer = setTimeout(() => {
      api['series:get']({ id: seriesId }).then(
        (outcome) => {
          if (!current) return;
          setNumbers(outcome.ok ? { id: outcome.series.id, name: outcome.series.name, numbers: outcome.numbers } : undefined);
        },
        () => current && setNumbers(undefined),
      );
    }, 300);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [api, seriesId, issue]);
  return numbers;
}
