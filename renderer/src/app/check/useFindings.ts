import { useEffect, useState } from 'react';
import { checkBriefing, type Finding } from '../../../../core/check/index.ts';
import type { DocumentStore } from '../../state/documentStore.ts';
import type { SeriesNumbers } from '../../../../core/series/index.ts';

const NONE: readonly Finding[] = [];
const sameFindings = (a: readonly Finding[], b: readonly Finding[]) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The open briefing's findings, checked off the keystroke path: once edits have stopped for `delayMs`, at idle
 * time, and never while an input method is composing (the text is not the user's yet). A keystroke costs a timer
 * reset; the consumers re-render when the findings change.
 */
export function useFindings(store: DocumentStore, disabledRules: readonly string[], delayMs = 400, series?: SeriesNumbers): readonly Finding[] {
  const [findings, setFindings] = useState<readonly Finding[]>(NONE);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let idle: number | undefined;
    let composing = false;
    const work = () => {
      idle = undefined;
      if (composing) return;
      const doc = store.document;
      const next = doc ? checkBriefing(doc.briefing, { disabledRules: [...disabledRules], ...(series ? { series } : {}) }) : NONE;
      setFindings((current) => (sameFindings(current, next) ? current : next));
    };
    const cancel = () => {
      if (timer !== undefined) clearTimeout(timer);
      if (idle !== undefined) cancelIdleCallback(idle);
      timer = idle = undefined;
    };
    const schedule = (delay = delayMs) => {
      cancel();
      timer = setTimeout(() => {
        timer = undefined;
        if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(work, { timeout: 1000 });
        else work();
      }, delay);
    };
    const onCompositionStart = () => {
      composing = true;
      cancel();
    };
    const onCompositionEnd = () => {
      composing = false;
      schedule();
    };
    document.addEventListener('compositionstart', onCompositionStart, true);
    document.addEventListener('compositionend', onCompositionEnd, true);
    const unsubscribe = store.subscribe(() => {
      if (!composing) schedule();
    });
    schedule(0);
    return () => {
      unsubscribe();
      cancel();
      document.removeEventListener('compositionstart', onCompositionStart, true);
      document.removeEventListener('compositionend', onCompositionEnd, true);
    };
  }, [store, disabledRules, delayMs, series]);
  return findings;
}
