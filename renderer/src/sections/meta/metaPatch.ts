import { useCallback } from 'react';
import type { Meta } from '../../../../core/model/index.ts';
import { useServices } from '../../state/context.tsx';

/** Optional meta fields set (or, with undefined, removed) together in one edit: one undo step. */
export type MetaPatch = { [K in keyof Meta]?: Meta[K] | undefined };

export function applyMetaPatch(meta: Meta, patch: MetaPatch): Meta {
  const next: Record<string, unknown> = { ...meta };
  let changed = false;
  for (const [key, value] of Object.entries(patch)) {
    if (next[key] === value) continue;
    changed = true;
    if (value === undefined) delete next[key];
    else next[key] = value;
  }
  return changed ? (next as Meta) : meta;
}

export function useMetaPatch() {
  const { store } = useServices();
  return useCallback(
    (patch: MetaPatch, key: string) =>
      store.update((briefing) => {
        const meta = applyMetaPatch(briefing.meta, patch);
        return meta === briefing.meta ? briefing : { ...briefing, meta };
      }, key),
    [store],
  );
}
