import { useEffect, useState } from 'react';
import type { Finding } from '../../../../core/check/index.ts';
import type { DocumentStore } from '../../state/documentStore.ts';
import { BackgroundChecker } from './backgroundChecker.ts';
import type { SeriesNumbers } from '../../../../core/series/index.ts';

const NONE: readonly Finding[] = [];
const sameFindings = (a: readonly Finding[], b: readonly Finding[]) => JSON.stringify(a) === JSON.stringify(b);

/** One checker per window: its worker stays up between briefings. */
let shared: BackgroundChecker | undefined;
const checker = () => (shared ??= new BackgroundChecker());

/**
 * The open briefing's findings, checked off the keystroke path: once edits have stopped for `delayMs`, at idle
 * time, and never while an input method is composing (the text is not the user's yet). The rules run in a Web
 * Worker (BackgroundChecker), one check at a time: edits made meanwhile are checked when it answers, and an
 * answer about an older text than the last one sent is dropped. A keystroke costs a timer reset; the consumers
 * re-render when the findings change.
 */
export function useFindings(store: DocumentStore, disabledRules: readonly string[], delayMs = 400, series?: SeriesNumbers): readonly Finding[] {
  const [findings, setFindings] = useState<readonly Finding[]>(NONE);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let idle: number | undefined;
    let composing = false;
    let live = true;
    /** The last check sent, and whether the text changed after it was sent. */
    let inFlight: number | undefined;
    let again = false;
    let sent = 0;
    const work = () => {
      idle = undefined;
      if (composing) return;
      if (inFlight !== undefined) {
        again = true;
        return;
      }
      const doc = store.document;
      if (!doc) return setFindings(NONE);
      const run = ++sent;
      inFlight = run;
      const settle = () => {
        if (inFlight === run) inFlight = undefined;
        if (live && again) {
          again = false;
          schedule(0);
        }
      };
      checker()
        .check(doc.briefing, disabledRules, series)
        .then(
          (next) => {
            if (live && run === sent) setFindings((current) => (sameFindings(current, next) ? current : next));
            settle();
          },
          () => {
            // The worker could not run it: check again (BackgroundChecker then checks on this thread).
            again = true;
            settle();
          },
        );
    };
    const cancel = () => {
      if (timer !== undefined) clearTimeout(timer);
      if (idle !== undefined) cancelIdleCallback(idle);
      timer = idle = undefined;
    };
    function schedule(delay = delayMs) {
      cancel();
      timer = setTimeout(() => {
        timer = undefined;
        if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(work, { timeout: 1000 });
        else work();
      }, delay);
    }
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
      if (composing) return;
      // A check under way answers for an older text: its answer is dropped and this one goes next.
      if (inFlight !== undefined) sent++;
      schedule();
    });
    schedule(0);
    return () => {
      live = false;
      unsubscribe();
      cancel();
      document.removeEventListener('compositionstart', onCompositionStart, true);
      document.removeEventListener('compositionend', onCompositionEnd, true);
    };
  }, [store, disabledRules, delayMs, series]);
  return findings;
}
