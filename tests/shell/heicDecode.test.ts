import { describe, expect, it } from 'vitest';
import { heicFixtureBytes } from '../fixtures/photos/heicFixture.ts';
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
