import { formatPath, type Problem } from '../model/index.ts';

// A scheme followed by "//" (https://, file://, \\server is a path, not a URL), data: and javascript: URIs, CSS url().
const REMOTE = /(^|[^A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]*:\/\/|\b(?:javascript|data|vbscript):|url\s*\(/i;

/**
 * Templates stay data: no string in a manifest may point anywhere (a URL, a data: or javascript: URI, a CSS url()),
 * so a template shared on a network folder cannot make an export fetch or run anything. Every such string, by path.
 */
export function remoteReferences(raw: unknown): Problem[] {
  const problems: Problem[] = [];
  const walk = (value: unknown, at: PropertyKey[]) => {
    if (typeof value === 'string') {
      if (REMOTE.test(value)) problems.push({ path: formatPath(at), message: 'a template holds no URLs or links; remove this address' });
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => walk(item, [...at, index]));
    } else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) walk(item, [...at, key]);
    }
  };
  walk(raw, []);
  return problems;
}
