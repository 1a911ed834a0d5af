/**
 * A photo cut off in a download still starts like a JPEG or PNG, and used to be accepted and printed half grey.
 * Its bytes are now walked to the end: a cut-off or damaged image is refused when a briefing is opened (plain JSON
 * or .briefing) and when one is exported from memory, naming the file and the field.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { main } from '../cli/main.ts';
import { packBriefing } from '../core/container/index.ts';
import { exportDocx } from '../core/export/docx/index.ts';
import { imageDamage, InputError, type BriefingDocument } from '../core/model/index.ts';
import { openBriefing } from '../core/node/briefingFile.ts';
import { exportPdf } from '../core/node/pdf/index.ts';
import { sampleDocument } from './fixtures/briefings.ts';
import { gradientPainter, makeJpeg, makePng } from './fixtures/images.ts';
import { builtinTemplate } from './fixtures/templates.ts';
import { tempDir, writePlainJson } from './helpers/tempBriefings.ts';

const jpeg = makeJpeg(320, 200, gradientPainter(320, 200, 2));
const png = makePng(320, 200);
const cut = (bytes: Uint8Array, share: number) => bytes.slice(0, Math.floor(bytes.length * share));
function flipped(bytes: Uint8Array, at: number): Uint8Array {
  const out = bytes.slice();
  out[at] = out[at]! ^ 0x5a;
  return out;
}

/** The sample (p1 a PNG, p2 a JPEG) with p2's bytes replaced. */
function withP2(bytes: Uint8Array): BriefingDocument {
  const doc = sampleDocument('en');
  return { briefing: doc.briefing, media: new Map([...doc.media, ['p2', bytes]]) };
}

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('imageDamage', () => {
  it('passes whole images and names what is wrong with cut-off or damaged ones', () => {
    expect(imageDamage(jpeg)).toBeUndefined();
    expect(imageDamage(png)).toBeUndefined();
    expect(imageDamage(cut(jpeg, 0.6))).toMatch(/JPEG.*cut off/);
    expect(imageDamage(cut(jpeg, 0.995))).toMatch(/JPEG.*cut off/);
    expect(imageDamage(cut(png, 0.6))).toMatch(/PNG.*cut off/);
    expect(imageDamage(png.slice(0, png.length - 12))).toMatch(/PNG.*cut off/);
    // A flipped byte in the pixel data: the chunk's checksum no longer matches.
    expect(imageDamage(flipped(png, 60))).toMatch(/PNG.*damaged/);
  });
});

describe('a cut-off photo', () => {
  it('is refused when a plain JSON briefing is validated or exported, naming the file and the field', async () => {
    const dir = tempDir();
    const input = writePlainJson(dir, sampleDocument('en'));
    writeFileSync(path.join(dir, 'photos', 'p2.jpg'), cut(jpeg, 0.6));
    const validated = await run('validate', input);
    expect(validated.code).toBe(1);
    expect(validated.err).toMatch(/media\[1\]\.file: "photos\/p2\.jpg" cannot be used: the JPEG data is cut off/);
    const exported = await run('export', input, '--docx', path.join(dir, 'out.docx'));
    expect(exported.code).toBe(1);
    expect(exported.err).toContain('photos/p2.jpg');
  });

  it('is refused when a .briefing holding one is opened', async () => {
    const entries = unzipSync(packBriefing(sampleDocument('en')));
    const file = path.join(tempDir(), 'cut.briefing');
    writeFileSync(file, zipSync({ ...entries, 'media/p1.png': [cut(png, 0.7), { level: 0 }] } as Zippable));
    const error = await openBriefing(file).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toMatch(/media\[0\]: the data for "p1" \(media\/p1\.png\) cannot be used: the PNG .*cut off/);
  });

  it('is refused by the DOCX and PDF exporters of a document in memory', async () => {
    const template = await builtinTemplate('en-visit-report');
    const doc = withP2(cut(jpeg, 0.6));
    const docxError = await exportDocx(doc, template).then(() => undefined, (e: unknown) => e);
    expect(docxError).toBeInstanceOf(InputError);
    expect((docxError as InputError).message).toMatch(/media\[1\]: image "p2" \(The research meeting\) cannot be used: the JPEG data is cut off/);
    const printer = { render: () => Promise.reject(new Error('the printer must not be reached')), close: () => Promise.resolve() };
    const pdfError = await exportPdf(doc, template, printer).then(() => undefined, (e: unknown) => e);
    expect(pdfError).toBeInstanceOf(InputError);
    expect((pdfError as InputError).message).toContain('media[1]');
  });
});
