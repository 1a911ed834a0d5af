import { useEffect, useState } from 'react';

const QUERY = '(prefers-color-scheme: dark)';

/** Follows the OS colour scheme live; `initial` is the host's answer for the first paint. */
export function useDarkMode(initial: boolean): boolean {
  const [dark, setDark] = useState(() => (typeof matchMedia === 'function' ? matchMedia(QUERY).matches || initial : initial));
  useEffect(() => {
    if (typeof matchMedia !== 'function') return;
    const query = matchMedia(QUERY);
    const onChange = () => setDark(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  return dark;
}
