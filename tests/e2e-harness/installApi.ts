import { PAGE_WIRE_SCRIPT } from './wireJson.ts';

/**
 * The page side of the harness, run before the app's script (context.addInitScript): installs
 * `window.briefing` as the preload would, one function per contract channel plus `on()`, every request going to
 * the test process through the `__briefingInvoke` binding, as JSON strings with bytes in base64 (wireJson.ts; see
 * harness.test.ts). `__briefingEmit(event, payload)` delivers host events (menu commands, files to open), and
 * `__briefingTimings` records when each request was made and answered, for the UI bench.
 * Plain JavaScript, because it runs in the page, not in Node.
 */
export function briefingApiScript(config: { channels: readonly string[]; events: readonly string[] }): string {
  return `(() => {
  const config = ${JSON.stringify(config)};
  const timings = [];
  ${PAGE_WIRE_SCRIPT}
  const invoke = async (channel, request) => {
    const binding = window.__briefingInvoke;
    if (!binding) throw new Error('the harness binding is missing');
    const start = performance.now();
    try {
      return decode(await binding(channel, encode(request)));
    } finally {
      timings.push({ channel, start, end: performance.now() });
    }
  };
  const listeners = new Map();
  const api = {};
  for (const channel of config.channels) api[channel] = (request) => invoke(channel, request);
  api.on = (event, listener) => {
    if (!config.events.includes(event)) throw new Error('window.briefing.on: unknown event "' + event + '"');
    const set = listeners.get(event) ?? new Set();
    listeners.set(event, set);
    set.add(listener);
    return () => set.delete(listener);
  };
  Object.defineProperty(window, 'briefing', { value: Object.freeze(api) });
  Object.defineProperty(window, '__briefingTimings', { value: timings });
  Object.defineProperty(window, '__briefingEmit', {
    value: (event, payload) => {
      for (const listener of listeners.get(event) ?? []) listener(payload);
    },
  });
})();`;
}
