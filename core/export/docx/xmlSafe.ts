import { stripForbidden } from '../xmlText.ts';

/** User text without the characters XML cannot carry (see xmlText.ts). */
export const xmlSafeText = stripForbidden;

/** The same value with every string in it made XML-safe; arrays and plain objects are copied, the rest kept. */
export function xmlSafeDeep<T>(value: T): T {
  return cleanValue(value) as T;
}

function cleanValue(value: unknown): unknown {
  if (typeof value === 'string') return xmlSafeText(value);
  if (Array.isArray(value)) return value.map(cleanValue);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, cleanValue(inner)]));
  }
  return value;
}
