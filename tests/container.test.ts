import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { packBriefing, unpackBriefing } from '../core/container/index.ts';
import { InputError, type BriefingDocument } from '../core/model/index.ts';
import { openBriefing, saveBriefing } from '../core/node/briefingFile.ts';
import { sampleDocument } from './fixtures/briefings.ts';
import { makePng } from './fixtures/images.ts';
import { tempDir, writePlainJson } from './helpers/tempBriefings.ts';

/** The central directory as a standard zip tool lists it: name, method (0 = stored, 8 = deflated), sizes. */
function listZip(bytes: Uint8Array) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.length - 22;
  while (view.getUint32(end, true) !== 0x06054b50) end--;
  const out: { name: string; method: number; compressed: number; size: number }[] = [];
  for (let i = 0, at = view.getUint32(end + 16, true); i < view.getUint16(end + 10, true); i++) {
    const nameLength = view.getUint16(at + 28, true);
    out.push({
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      compressed: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return out;
}

async function openError(file: string): Promise<InputError> {
  const error = await openBriefing(file).then(() => undefined, (e: unknown) => e);
  if (!(error instanceof InputError)) throw new Error(`expected an InputError, got ${String(error)}`);
  return error;
}

describe('the .briefing container', () => {
  it.each(['en', 'zh-CN'] as const)('packs and unpacks the %s sample to an equal document with identical image bytes', (language) => {
    const doc = sampleDocument(language);
    const back = unpackBriefing(packBriefing(doc));
    if (!back.ok) throw new Error(JSON.stringify(back.problems));
    expect(back.value.briefing).toEqual(doc.briefing);
    expect([...back.value.media.keys()]).toEqual(['p1', 'p2']);
    for (const [id, bytes] of doc.media) expect(Buffer.from(back.value.media.get(id)!).equals(Buffer.from(bytes))).toBe(true);
  });

  it('holds the marker first, deflated briefing.json and STORED images under media/<id>.<ext>', () => {
    const doc = sampleDocument('en');
    const bytes = packBriefing(doc);
    const entries = listZip(bytes);
    expect(entries.map((e) => e.name)).toEqual(['mimetype', 'briefing.json', 'media/p1.png', 'media/p2.jpg']);
    expect(entries.find((e) => e.name === 'briefing.json')!.method).toBe(8);
    for (const image of entries.filter((e) => e.name.startsWith('media/'))) {
      expect(image.method).toBe(0);
      expect(image.compressed).toBe(image.size);
    }
    expect(entries[2]!.size).toBe(doc.media.get('p1')!.length);
    // No base64 in the JSON: it is small next to the images it describes.
    expect(entries[1]!.size).toBeLessThan(10_000);
    expect(packBriefing(sampleDocument('en'))).toEqual(bytes);
  });

  it('saves atomically and opens again from disk, leaving no temp file behind', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'visit.briefing');
    const doc = sampleDocument('zh-CN');
    await saveBriefing(file, doc);
    expect(readFileSync(file).subarray(0, 4).toString('latin1')).toBe('PK\x03\x04');
    const opened = await openBriefing(file);
    expect(opened.briefing).toEqual(doc.briefing);
    const edited: BriefingDocument = { ...opened, briefing: { ...opened.briefing, meta: { ...opened.briefing.meta, title: '改后的标题' } } };
    await saveBriefing(file, edited);
    expect((await openBriefing(file)).briefing.meta.title).toBe('改后的标题');
    expect(readdirSync(dir)).toEqual(['visit.briefing']);
  });

  it('refuses to save a document it could not open again, and keeps the previous file', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'visit.briefing');
    const doc = sampleDocument('en');
    await saveBriefing(file, doc);
    const before = readFileSync(file);
    const broken: BriefingDocument = {
      briefing: { ...doc.briefing, attendees: doc.briefing.attendees.map((a, i) => (i === 1 ? { ...a, name: '' } : a)) },
      media: new Map([['p1', doc.media.get('p1')!]]),
    };
    const error = await saveBriefing(file, broken).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    // The blank name alone would save (a draft); the missing image bytes would not reopen, so nothing is written.
    expect((error as InputError).message.split('\n')).toEqual([`${file}: media[1]: no image data for "p2"`]);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('writes briefing.json as pretty UTF-8 a person can read, without file paths', () => {
    const doc = sampleDocument('zh-CN');
    const withPaths = { ...doc, briefing: { ...doc.briefing, media: doc.briefing.media.map((m) => ({ ...m, file: `photos/${m.id}` })) } };
    const text = new TextDecoder().decode(unzipSync(packBriefing(withPaths))['briefing.json']);
    expect(text.startsWith('{\n  "formatVersion": 3,\n')).toBe(true);
    expect(text).toContain(doc.briefing.meta.title);
    expect(text).not.toContain('"file"');
  });

  it('repairs a wrong declared width and height to the real pixel size', () => {
    const doc = sampleDocument('en');
    const lying: BriefingDocument = {
      ...doc,
      briefing: { ...doc.briefing, media: doc.briefing.media.map((m) => ({ ...m, width: 10, height: 999 })) },
    };
    const back = unpackBriefing(packBriefing(lying));
    if (!back.ok) throw new Error(JSON.stringify(back.problems));
    expect(back.value.briefing.media.map((m) => [m.width, m.height])).toEqual([[320, 200], [320, 200]]);
  });
});

describe('plain JSON briefings', () => {
  it('opens a JSON briefing whose images are named by paths relative to it, inside its folder', async () => {
    const doc = sampleDocument('en');
    const dir = tempDir();
    const jsonPath = writePlainJson(dir, doc);
    const opened = await openBriefing(jsonPath);
    expect(opened.briefing.meta).toEqual(doc.briefing.meta);
    expect(opened.briefing.media.map((m) => m.file)).toEqual(['photos/p1.png', 'photos/p2.jpg']);
    expect(Buffer.from(opened.media.get('p2')!).equals(Buffer.from(doc.media.get('p2')!))).toBe(true);

    // Backslashes (a file written on Windows) and ./ segments name the same files.
    const raw = JSON.parse(readFileSync(jsonPath, 'utf8'));
    raw.media[0].file = './photos/p1.png';
    raw.media[1].file = 'photos\\p2.jpg';
    writeFileSync(path.join(dir, 'draft.json'), `\uFEFF\n${JSON.stringify(raw)}`);
    const again = await openBriefing(path.join(dir, 'draft.json'));
    expect(Buffer.from(again.media.get('p1')!).equals(Buffer.from(doc.media.get('p1')!))).toBe(true);
  });

  it('fills in a missing type and size from the image bytes, and repairs a wrong size', async () => {
    const dir = tempDir();
    const jsonPath = writePlainJson(dir, sampleDocument('en'));
    const raw = JSON.parse(readFileSync(jsonPath, 'utf8'));
    delete raw.media[0].width;
    delete raw.media[0].height;
    delete raw.media[0].mimeType;
    raw.media[1].width = 1;
    writeFileSync(jsonPath, JSON.stringify(raw));
    const opened = await openBriefing(jsonPath);
    expect(opened.briefing.media.map((m) => [m.mimeType, m.width, m.height])).toEqual([
      ['image/png', 320, 200],
      ['image/jpeg', 320, 200],
    ]);
  });

  it('names the file and the media path when an image cannot be read or is not allowed', async () => {
    const dir = tempDir();
    const jsonPath = writePlainJson(dir, sampleDocument('en'));
    const raw = JSON.parse(readFileSync(jsonPath, 'utf8'));
    raw.media[0].file = 'photos/x.png';
    raw.media[1].file = '/etc/passwd';
    writeFileSync(jsonPath, JSON.stringify(raw));
    expect((await openError(jsonPath)).message.split('\n')).toEqual([
      `${jsonPath}: media[0].file: cannot read "photos/x.png" (no such file)`,
      `${jsonPath}: media[1].file: "/etc/passwd" must be a path relative to this file (no absolute paths or URLs)`,
    ]);
    raw.media[0].file = 'https://example.org/a.png';
    delete raw.media[1].file;
    writeFileSync(jsonPath, JSON.stringify(raw));
    expect((await openError(jsonPath)).problems).toEqual([
      { path: 'media[0].file', message: '"https://example.org/a.png" must be a path relative to this file (no absolute paths or URLs)' },
      { path: 'media[1].file', message: 'required in a plain JSON briefing: the path of the image, relative to this file' },
    ]);
  });

  it('refuses an image file whose bytes are not the declared type', async () => {
    const dir = tempDir();
    const jsonPath = writePlainJson(dir, sampleDocument('en'));
    writeFileSync(path.join(dir, 'photos', 'p2.jpg'), makePng(8, 8));
    writeFileSync(path.join(dir, 'photos', 'p1.png'), 'just some text, renamed .png');
    const error = await openError(jsonPath);
    expect(error.file).toBe(jsonPath);
    expect(error.problems).toEqual([
      { path: 'media[0].file', message: '"photos/p1.png" is not a PNG or JPEG image' },
      { path: 'media[1].mimeType', message: 'declared image/jpeg, but the data for "p2" (photos/p2.jpg) is a PNG image' },
    ]);
  });
});
