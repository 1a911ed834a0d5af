/**
 * The harness's transport between the page and the host services in this process: one JSON string each way, with
 * bytes as base64 ({ [BYTES_KEY]: "…" }). Playwright's own argument serialization walks every property in script
 * (~10–30 ms each way for a 100-page briefing, on both the page's thread and this process's), which stalled the
 * UI bench's typist whenever an autosave crossed; Electron's IPC is a structured clone in C++, nearer to this.
 */
export const BYTES_KEY = '__bcBytes';

function isBytesMarker(value: unknown): value is Record<typeof BYTES_KEY, string> {
  if (typeof value !== 'object' || value === null) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && keys[0] === BYTES_KEY && typeof (value as Record<string, unknown>)[BYTES_KEY] === 'string';
}

/** For the test process: a value to send to the page (undefined stays undefined). */
export function toPage(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  return JSON.stringify(value, function replace(this: Record<string, unknown>, key: string, replaced: unknown) {
    const raw = key === '' ? value : this[key];
    if (raw instanceof Uint8Array) return { [BYTES_KEY]: Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString('base64') };
    return replaced;
  });
}

/** For the test process: a value the page sent. */
export function fromPage(text: unknown): unknown {
  if (typeof text !== 'string') return text;
  return JSON.parse(text, (_key, value: unknown) => {
    if (!isBytesMarker(value)) return value;
    const buffer = Buffer.from(value[BYTES_KEY], 'base64');
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  });
}

/** The same two functions for the page (plain JavaScript: it runs in Chromium, which has Uint8Array base64). */
export const PAGE_WIRE_SCRIPT = `
  const BYTES_KEY = ${JSON.stringify(BYTES_KEY)};
  const encode = (value) => value === undefined ? undefined : JSON.stringify(value, function (key, replaced) {
    const raw = key === '' ? value : this[key];
    return raw instanceof Uint8Array ? { [BYTES_KEY]: raw.toBase64() } : replaced;
  });
  const decode = (text) => typeof text !== 'string' ? text : JSON.parse(text, (_key, value) => {
    if (value === null || typeof value !== 'object') return value;
    const keys = Object.keys(value);
    return keys.length === 1 && keys[0] === BYTES_KEY && typeof value[BYTES_KEY] === 'string' ? Uint8Array.fromBase64(value[BYTES_KEY]) : value;
  });
`;
