/**
 * Characters XML 1.0 cannot carry at all, not even escaped: C0 controls other than tab, line feed and carriage
 * return, U+FFFE/U+FFFF, and surrogates that are not half of a pair. One of them in a part makes Word call the
 * whole file corrupt, so user text loses them before it reaches the docx objects.
 */
function isForbidden(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0xfffe || code === 0xffff;
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

export function xmlSafeText(text: string): string {
  let out = '';
  let clean = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isHigh(code) && i + 1 < text.length && isLow(text.charCodeAt(i + 1))) {
      i += 1;
      continue;
    }
    if (isForbidden(code) || isHigh(code) || isLow(code)) {
      out += text.slice(clean, i);
      clean = i + 1;
    }
  }
  return clean === 0 ? text : out + text.slice(clean);
}

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
