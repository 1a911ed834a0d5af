import { describe, expect, it } from 'vitest';
import { CHANNELS, REQUESTS, toWire, type Channel } from '../core/ipc/index.ts';
import { createIpcHandlers, HostRequestError, isOutcomeChannel, type HostServices } from '../core/ipc/handlers.ts';
import { InputError } from '../core/model/index.ts';
import { sampleDocument } from './fixtures/briefings.ts';
import { sampleSeries } from './series/fixtures.ts';

/** Services that only record what reached them: the handlers are what is under test here. */
function recordingServices(behaviour: (channel: Channel) => unknown = () => ({ ok: true })) {
  const calls: [Channel, unknown][] = [];
  const services = Object.fromEntries(
    CHANNELS.map((channel) => [channel, async (request: unknown) => (calls.push([channel, request]), behaviour(channel))]),
  ) as unknown as HostServices;
  return { calls, handlers: createIpcHandlers(services) };
}

/** A refused request as the renderer sees it: the Outcome value, or the rejection's message. */
async function refusal(channel: Channel, payload: unknown, behaviour?: (channel: Channel) => unknown): Promise<string> {
  const { handlers } = recordingServices(behaviour);
  try {
    const answer = (await handlers[channel](payload)) as { ok?: boolean; error?: string };
    expect(isOutcomeChannel(channel)).toBe(true);
    expect(answer.ok).toBe(false);
    return answer.error ?? '';
  } catch (error) {
    expect(isOutcomeChannel(channel)).toBe(false);
    expect(error).toBeInstanceOf(HostRequestError);
    return (error as Error).message;
  }
}

const doc = () => toWire(sampleDocument('en'));
const VALID: Record<Channel, unknown> = {
  'app:info': undefined,
  'templates:list': undefined,
  'templates:get': { id: 'en-visit-report' },
  'document:open': {},
  'document:save': { document: doc() },
  'recent:list': undefined,
  'recent:clear': undefined,
  'recovery:write': { key: 'w1', document: doc() },
  'recovery:list': undefined,
  'recovery:read': { key: 'w1' },
  'recovery:discard': { key: 'w1' },
  'export:run': { document: doc(), formats: ['pdf'] },
  'shell:openFile': { path: '/tmp/a.pdf' },
  'shell:showInFolder': { path: '/tmp/a.pdf' },
  'window:setState': { dirty: true, title: 't' },
  'settings:setLanguage': { language: 'en' },
  'photos:decodeHeic': { bytes: new Uint8Array(16), maxLongSide: 2400 },
  'export:cancel': { exportId: 'e1' },
  'document:peek': { key: 'w1' },
  'settings:checkerRules': undefined,
  'settings:setCheckerRule': { rule: 'punct-halfwidth', enabled: false },
  'series:list': undefined,
  'series:get': { id: 'jz-work' },
  'series:save': { series: sampleSeries(), source: 'user' },
  'series:takeNumber': { id: 'jz-work' },
  'people:list': undefined,
  'people:replace': { people: [{ id: 'p-1', name: '王芳' }] },
  // Template designer (issue 14)
  'templates:load': { id: 'en-visit-report' },
  'templates:save': { manifest: {}, assets: { 'logo.png': new Uint8Array([1]) } },
  'templates:targets': undefined,
  'templates:exportFile': { id: 'en-visit-report' },
  'templates:readFile': { bytes: new Uint8Array([1]) },
  'fonts:list': undefined,
};

describe('the IPC contract', () => {
  it('names the same channels in the preload list and the schema table, once each', () => {
    expect(new Set(CHANNELS).size).toBe(CHANNELS.length);
    expect([...CHANNELS].sort()).toEqual(Object.keys(REQUESTS).sort());
  });

  it('has exactly one handler per channel, and each passes a valid payload through parsed', async () => {
    const { calls, handlers } = recordingServices();
    expect(Object.keys(handlers).sort()).toEqual([...CHANNELS].sort());
    for (const channel of CHANNELS) await handlers[channel](VALID[channel]);
    expect(calls.map(([channel]) => channel)).toEqual([...CHANNELS]);
    const save = calls.find(([channel]) => channel === 'document:save')?.[1];
    expect(save).toMatchObject({ saveAs: false });
  });

  it.each(CHANNELS)('%s refuses a payload of the wrong type before any service runs', async (channel) => {
    const { calls, handlers } = recordingServices();
    const wrong = VALID[channel] === undefined ? { sneaky: true } : 42;
    const answer = handlers[channel](wrong);
    if (isOutcomeChannel(channel)) expect(await answer).toMatchObject({ ok: false, error: expect.stringMatching(/^invalid request: /) });
    else await expect(answer).rejects.toThrow(/^invalid request: /);
    expect(calls).toEqual([]);
  });
});

describe('malformed payloads get a message that says what is wrong', () => {
  it.each([
    ['a briefing without a visit date', 'document:save', { document: { ...doc(), briefing: { ...doc().briefing, meta: { ...doc().briefing.meta, visitDate: undefined } } } }, 'invalid request: document.briefing.meta.visitDate: required'],
    ['image bytes sent as base64 text', 'export:run', { document: { ...doc(), media: { ...doc().media, p1: 'iVBORw0KGgo=' } }, formats: ['pdf'] }, 'invalid request: document.media.p1: expected image bytes'],
    ['image bytes sent as a number array', 'recovery:write', { key: 'w1', document: { ...doc(), media: { p1: [137, 80, 78, 71] } } }, 'invalid request: document.media.p1: expected image bytes'],
    ['no export format', 'export:run', { document: doc(), formats: [] }, 'invalid request: formats: Too small'],
    ['an unknown export format', 'export:run', { document: doc(), formats: ['html'] }, 'invalid request: formats[0]: Invalid option'],
    ['a 5000-character path', 'shell:openFile', { path: 'x'.repeat(5000) }, 'invalid request: path: Too big'],
    ['a two-million-character title', 'window:setState', { dirty: true, title: '标题'.repeat(1_000_000) }, 'invalid request: title: Too big'],
    ['a series id that climbs folders', 'series:takeNumber', { id: '../../etc/passwd' }, 'invalid request: id: lower-case letters, digits and "-", at most 64'],
    ['a person without a name', 'people:replace', { people: [{ id: 'p-1', name: ' ' }] }, 'invalid request: people[0].name: required'],
    ['a recovery key that climbs folders', 'recovery:read', { key: '../../etc/passwd' }, 'invalid request: key: Invalid string'],
    ['a 100 000-character template id', 'templates:get', { id: 'x'.repeat(100_000) }, 'invalid request: id: Too big'],
    ['saveAs as text', 'document:save', { document: doc(), saveAs: 'yes' }, 'invalid request: saveAs: Invalid input: expected boolean'],
    ['an unsupported language', 'settings:setLanguage', { language: 'fr' }, 'invalid request: language: Invalid option'],
    ['null instead of an object', 'document:open', null, 'invalid request: (document): Invalid input: expected object'],
    ['an argument where none is taken', 'recent:list', 'everything', 'invalid request: (document): Invalid input: expected undefined'],
  ] as [string, Channel, unknown, string][])('%s (%s)', async (_label, channel, payload, expected) => {
    const message = await refusal(channel, payload);
    expect(message.startsWith(expected)).toBe(true);
    // A huge input is refused, never echoed back across the bridge.
    expect(message.length).toBeLessThan(400);
  });
});

describe('failures inside a service become values, never stack traces', () => {
  it('an InputError keeps its file and path', async () => {
    const message = await refusal('document:open', { path: '/x/a.briefing' }, () => {
      throw new InputError([{ path: 'attendees[3].name', message: 'required' }], '/x/a.briefing');
    });
    expect(message).toBe('/x/a.briefing: attendees[3].name: required');
  });

  it('a system error is told in words with its file', async () => {
    const error = Object.assign(new Error("EACCES: permission denied, open '/x/y.docx'"), { code: 'EACCES', path: '/x/y.docx' });
    expect(await refusal('export:run', VALID['export:run'], () => Promise.reject(error))).toBe('/x/y.docx: permission denied');
  });

  it('an unexpected error on a plain-data channel rejects with its first line only', async () => {
    const error = new Error('printer went away\n    at Object.<anonymous> (/app/main.js:1:1)');
    const message = await refusal('recovery:list', undefined, () => {
      throw error;
    });
    expect(message).toBe('printer went away');
  });
});
