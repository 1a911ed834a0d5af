import { useCallback, useEffect, useState } from 'react';
import type { RecoveryEntry, TemplateSummary } from '../../../../core/ipc/contract.ts';
import { useServices } from '../../state/context.tsx';

export interface WelcomeData {
  templates?: TemplateSummary[];
  recent: string[];
  recovered: RecoveryEntry[];
  error?: string;
}

/** Templates, recent files and recovered documents, asked of the host when the welcome view shows. */
export function useWelcomeData() {
  const { api } = useServices();
  const [data, setData] = useState<WelcomeData>({ recent: [], recovered: [] });
  const refresh = useCallback(async () => {
    try {
      const [templates, recent, recovered] = await Promise.all([
        api['templates:list'](undefined),
        api['recent:list'](undefined),
        api['recovery:list'](undefined),
      ]);
      setData({ templates, recent, recovered });
    } catch (error) {
      setData((d) => ({ ...d, templates: d.templates ?? [], error: error instanceof Error ? error.message : String(error) }));
    }
  }, [api]);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  return { data, refresh };
}
