import { describe, expect, it } from 'vitest';
import { exportDocx } from '../core/export/docx/index.ts';
import { largeDocument } from './fixtures/large.ts';
import { builtinTemplate } from './fixtures/templates.ts';
import { readDocx } from './helpers/docxRead.ts';

// Speed is measured by `npm run bench`; this checks what the fast path must not break on a photo-heavy briefing.
describe('DOCX of a ~100-page briefing with 40 camera-sized photos', () => {
  it('holds every photo once, byte for byte, stored without recompression', async () => {
    const doc = largeDocument({ pages: 100, photos: 40 });
    const pkg = readDocx(await exportDocx(doc, await builtinTemplate('cn-work-briefing')));
    const media = Object.keys(pkg.parts).filter((p) => p.startsWith('word/media/'));
    expect(media).toHaveLength(40);
    for (const part of media) expect(pkg.methods[part]).toBe(0);
    const inputs = new Set([...doc.media.values()].map((b) => Buffer.from(b).toString('base64')));
    const outputs = new Set(media.map((p) => Buffer.from(pkg.parts[p]!).toString('base64')));
    expect(outputs).toEqual(inputs);
  });
});
