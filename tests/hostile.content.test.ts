import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { CONTAINER_LIMITS, packBriefing } from '../core/container/index.ts';
import { InputError } from '../core/model/index.ts';
import { openBriefing } from '../core/node/briefingFile.ts';
import { sampleDocument } from './fixtures/briefings.ts';
import { makeFlatPng, makePng } from './fixtures/images.ts';
import { tempDir } from './helpers/tempBriefings.ts';

type Entries = Record<string, Uint8Array>;

/** The sample container's entries, changed by `edit`, written to a temp file: a .briefing someone tampered with. */
function tampered(edit: (entries: Entries, json: Record<string, unknown>) => void): string {
  const entries: Entries = unzipSync(packBriefing(sampleDocument('en')));
  const json = JSON.parse(new TextDecoder().decode(entries['briefing.json']));
  edit(entries, json);
  entries['briefing.json'] = strToU8(JSON.stringify(json));
  return writeTemp(zipSync(entries as Zippable));
}

function writeTemp(bytes: Uint8Array | string, name = 'visit.briefing'): string {
  const file = path.join(tempDir(), name);
  writeFileSync(file, bytes);
  return file;
}

/** Every line of the refusal, each prefixed with the file: what the CLI and the app show. */
async function refusal(file: string): Promise<string[]> {
  const error = await openBriefing(file).then(() => undefined, (e: unknown) => e);
  if (!(error instanceof InputError)) throw new Error(`expected an InputError, got ${String(error)}`);
  expect(error.file).toBe(file);
  for (const line of error.message.split('\n')) expect(line.startsWith(`${file}: `)).toBe(true);
  return error.message.split('\n').map((line) => line.slice(file.length + 2));
}

/** A PNG whose header claims a pixel size: enough for every check that reads sizes without decoding pixels. */
function pngHeader(width: number, height: number): Uint8Array {
  const real = makePng(1, 1);
  const view = new DataView(real.buffer, real.byteOffset);
  view.setUint32(16, width);
  view.setUint32(20, height);
  return real;
}

describe('hostile or mistaken content', () => {
  it('refuses text renamed .png inside the container', async () => {
    const file = tampered((e) => (e['media/p1.png'] = strToU8('hello, I am a .txt file')));
    expect(await refusal(file)).toEqual(['media[0]: the data for "p1" (media/p1.png) is not a PNG or JPEG image']);
  });

  it('refuses PNG bytes declared as JPEG', async () => {
    const file = tampered((e) => (e['media/p2.jpg'] = makePng(16, 16)));
    expect(await refusal(file)).toEqual([
      'media[1].mimeType: declared image/jpeg, but the data for "p2" (media/p2.jpg) is a PNG image',
    ]);
  });

  it('names a media item whose image is missing from the file', async () => {
    const file = tampered((e) => delete e['media/p2.jpg']);
    expect(await refusal(file)).toEqual(['media[1]: no image data for "p2" in the file']);
  });

  it('refuses an image over the byte limit naming its id, without inflating it', async () => {
    const big = new Uint8Array(CONTAINER_LIMITS.maxImageBytes + 1024 * 1024);
    big.set(makePng(4, 4));
    const file = writeTemp(
      zipSync({ ...unzipSync(packBriefing(sampleDocument('en'))), 'media/p1.png': [big, { level: 1 }] } as Zippable),
    );
    expect(await refusal(file)).toEqual(['media[0]: image "p1" is 26 MB; the limit is 25 MB']);
  });

  it('refuses an image over the pixel limit and accepts a 108-megapixel photo', async () => {
    expect(await refusal(tampered((e) => (e['media/p1.png'] = pngHeader(20000, 20000))))).toEqual([
      'media[0]: image "p1" is 20000×20000 pixels (400 megapixels); the limit is 120 megapixels',
    ]);
    // A whole image, not a header alone: a header without its pixels is a cut-off file, refused as such.
    const phone = await openBriefing(tampered((e) => (e['media/p1.png'] = makeFlatPng(12000, 9000))));
    expect(phone.briefing.media[0]).toMatchObject({ id: 'p1', width: 12000, height: 9000 });
  });

  it('refuses a container from a newer format with the update message', async () => {
    const file = tampered((_e, json) => (json.formatVersion = 7));
    expect(await refusal(file)).toEqual([
      'formatVersion: this briefing was written in format 7 by a newer Briefing Composer; this version reads formats up to 3. Update the application to open it.',
    ]);
  });

  it('names model problems inside briefing.json by their path', async () => {
    const file = tampered((_e, json) => delete (json.attendees as Record<string, unknown>[])[3]!.name);
    expect(await refusal(file)).toEqual(['attendees[3].name: required']);
  });

  it('tells other zips apart from briefings', async () => {
    const docx = writeTemp(zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8('<w/>') }));
    expect(await refusal(docx)).toEqual([
      '(file): no briefing.json inside: this zip is not a briefing (it looks like an Office document, e.g. .docx)',
    ]);
    const epub = tampered((e) => (e.mimetype = strToU8('application/epub+zip')));
    expect(await refusal(epub)).toEqual(['(file): this is a "application/epub+zip" file, not a briefing']);
  });

  it('explains empty files, arrays, garbage, UTF-16 and broken JSON', async () => {
    expect(await refusal(writeTemp(''))).toEqual(['(file): the file is empty']);
    expect(await refusal(writeTemp('[{"formatVersion": 2}]', 'list.json'))).toEqual([
      '(document): expected a JSON object (a briefing)',
    ]);
    const garbage = Uint8Array.from({ length: 2048 }, (_, i) => (i * 7919 + 13) % 251);
    expect(await refusal(writeTemp(garbage))).toEqual([
      '(file): not a briefing: expected a .briefing file (a zip) or a JSON briefing',
    ]);
    expect(await refusal(writeTemp(makePng(2, 2), 'photo.briefing'))).toEqual([
      '(file): not a briefing: expected a .briefing file (a zip) or a JSON briefing (it looks like a PNG image)',
    ]);
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...'{}'].map((c) => c.charCodeAt(0))).buffer)]);
    expect(await refusal(writeTemp(utf16, 'b.json'))).toEqual(['(file): the text is UTF-16; save it as UTF-8']);
    const broken = await refusal(writeTemp('{"formatVersion": 2,', 'b.json'));
    expect(broken[0]).toMatch(/^\(document\): not valid JSON: /);
    const notUtf8 = writeTemp(zipSync({ 'briefing.json': new Uint8Array([0x7b, 0xff, 0x7d]) }));
    expect(await refusal(notUtf8)).toEqual(['briefing.json: cannot be read: it is not UTF-8 text']);
  });

  it('names a missing file and a folder given as a briefing', async () => {
    const dir = tempDir();
    const missing = path.join(dir, 'nope.briefing');
    expect(await refusal(missing)).toEqual(['(file): cannot read the file (no such file)']);
    const folder = path.join(dir, 'folder.briefing');
    mkdirSync(folder);
    expect(await refusal(folder)).toEqual(['(file): is a folder, not a briefing file']);
  });
});
