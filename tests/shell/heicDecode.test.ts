import { describe, expect, it } from 'vitest';
import { heic12mpFixtureBytes, heicFixtureBytes } from '../fixtures/photos/heicFixture.ts';
import { startShell } from './rig/fixtures.ts';

describe('HEIC photos in the built app', () => {
  it('the bundled main process decodes a HEIC for the editor (libheif inside the bundle), and refuses a bad payload', async () => {
    const rig = startShell();
    const editor = await rig.launch();
    const decoded = await rig.invoke(editor.id, 'photos:decodeHeic', { bytes: heicFixtureBytes(), maxLongSide: 2400 });
    expect(decoded).toMatchObject({ ok: true, value: { ok: true, photo: { width: 120, height: 160, original: { width: 120, height: 160 } } } });
    const refused = await rig.invoke(editor.id, 'photos:decodeHeic', { bytes: 'not bytes', maxLongSide: 2400 });
    expect(refused).toMatchObject({ ok: true, value: { ok: false, error: expect.stringMatching(/^invalid request: bytes/) } });
  });
});

describe('a phone photo does not freeze the app', () => {
  it('the main process answers other requests while a 12-megapixel HEIC decodes (the decoder runs on a worker thread)', async () => {
    const rig = startShell();
    const editor = await rig.launch();
    // The decoder loaded once, as after the first photo of a session: what is left is the decoding itself.
    await rig.invoke(editor.id, 'photos:decodeHeic', { bytes: heicFixtureBytes(), maxLongSide: 2400 });
    const finished: string[] = [];
    const photo = rig.invoke(editor.id, 'photos:decodeHeic', { bytes: heic12mpFixtureBytes(), maxLongSide: 2400 }).then((result) => {
      finished.push('photo');
      return result;
    });
    const rules = rig.invoke(editor.id, 'settings:checkerRules').then((result) => {
      finished.push('settings');
      return result;
    });
    const [decoded, answered] = await Promise.all([photo, rules]);
    expect(answered).toMatchObject({ ok: true, value: { disabled: [] } });
    expect(decoded).toMatchObject({ ok: true, value: { ok: true, photo: { width: 2400, height: 1800, original: { width: 4032, height: 3024 } } } });
    // In the main thread, the settings request would wait for the whole decode.
    expect(finished).toEqual(['settings', 'photo']);
  });
});
