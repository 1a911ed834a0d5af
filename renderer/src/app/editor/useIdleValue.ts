import { useEffect, useState } from 'react';
import type { DocumentState, DocumentStore } from '../../state/documentStore.ts';

/**
 * `compute(store.snapshot)`, recomputed once edits have stopped for `delayMs` and the main thread is idle: for
 * figures (word counts) that may lag a keystroke behind but must never slow one down. It listens to the store
 * itself, so a keystroke costs a timer reset, not a render; the component re-renders when the figure changes.
 */
export function useIdleValue<O>(
  store: DocumentStore,
  compute: (state: DocumentState | undefined) => O,
  isEqual: (a: O, b: O) => boolean = Object.is,
  delayMs = 300,
): O {
  const [value, setValue] = useState(() => compute(store.snapshot));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let idle: number | undefined;
    let seen = store.snapshot;
    const work = () => {
      idle = undefined;
      const next = compute(store.snapshot);
      setValue((current) => (isEqual(current, next) ? current : next));
    };
    const cancel = () => {
      if (timer !== undefined) clearTimeout(timer);
      if (idle !== undefined) cancelIdleCallback(idle);
      timer = idle = undefined;
    };
    const schedule = () => {
      cancel();
      timer = setTimeout(() => {
        timer = undefined;
        if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(work, { timeout: 1000 });
        else work();
      }, delayMs);
    };
    const onChange = () => {
      if (store.snapshot === seen) return;
      seen = store.snapshot;
      schedule();
    };
    // A document replaced between the first render and this effect is counted too.
    if (store.snapshot !== seen) schedule();
    const unsubscribe = store.subscribe(onChange);
    return () => {
      unsubscribe();
      cancel();
    };
  }, [store, compute, isEqual, delayMs]);
  return value;
}
