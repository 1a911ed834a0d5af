import { useEffect, useState } from 'react';

/**
 * `compute(input)`, recomputed once input has stopped changing for `delayMs` and the main thread is idle: for
 * figures (word counts) that may lag a keystroke behind but must never slow one down.
 */
export function useIdleValue<I, O>(input: I, compute: (input: I) => O, delayMs = 300): O {
  const [value, setValue] = useState(() => compute(input));
  useEffect(() => {
    let idle: number | undefined;
    const timer = setTimeout(() => {
      const work = () => setValue(compute(input));
      if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(work, { timeout: 1000 });
      else work();
    }, delayMs);
    return () => {
      clearTimeout(timer);
      if (idle !== undefined) cancelIdleCallback(idle);
    };
  }, [input, compute, delayMs]);
  return value;
}
