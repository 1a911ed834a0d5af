import { useCallback, useEffect, useState } from 'react';
import type { BriefingApi } from '../../../../core/ipc/contract.ts';

const NONE: readonly string[] = [];

/**
 * The checker rules switched off for every briefing: host settings (settings.json), read once when the editor
 * starts and changed through the host, so they hold in every window and after a restart. A host that cannot
 * answer leaves every rule on; a change that fails is reported through `onError` and not shown as made.
 */
export function useGlobalDisabledRules(api: BriefingApi, onError: (error: string) => void) {
  const [rules, setRules] = useState<readonly string[]>(NONE);
  useEffect(() => {
    let live = true;
    api['settings:checkerRules'](undefined).then(
      ({ disabled }) => live && setRules(disabled),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api]);
  const setEnabled = useCallback(
    (rule: string, enabled: boolean) => {
      api['settings:setCheckerRule']({ rule, enabled }).then(
        ({ disabled }) => setRules(disabled),
        (error: unknown) => onError(error instanceof Error ? error.message : String(error)),
      );
    },
    [api, onError],
  );
  return { rules, setEnabled };
}
