import { useCallback, useEffect, useState } from 'react';

const PREFIX = 'bc.check.disabledRules:';

function read(key: string): string[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(PREFIX + key) ?? '[]');
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * The rules switched off for one briefing, kept in localStorage under "bc.check.disabledRules:" + the briefing's
 * key (its file path once saved, else its editing session), so they survive a reload of the window.
 */
export function useDisabledRules(key: string | undefined) {
  const [rules, setRules] = useState<readonly string[]>(() => (key ? read(key) : []));
  useEffect(() => setRules(key ? read(key) : []), [key]);
  const disable = useCallback(
    (rule: string) => {
      setRules((current) => {
        if (current.includes(rule)) return current;
        const next = [...current, rule];
        if (key) localStorage.setItem(PREFIX + key, JSON.stringify(next));
        return next;
      });
    },
    [key],
  );
  const enable = useCallback(
    (rule: string) => {
      setRules((current) => {
        const next = current.filter((r) => r !== rule);
        if (key) localStorage.setItem(PREFIX + key, JSON.stringify(next));
        return next;
      });
    },
    [key],
  );
  const enableAll = useCallback(() => {
    setRules([]);
    if (key) localStorage.removeItem(PREFIX + key);
  }, [key]);
  return { rules, disable, enable, enableAll };
}
