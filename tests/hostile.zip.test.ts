import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONTAINER_LIMITS, packBriefing, unpackBriefing } from '../core/container/index.ts';
import { InputError, type Problem } from '../core/model/index.ts';
import { openBriefing } from '../core/node/briefingFile.ts';
import { sampleDocument } from './fixtures/briefings.ts';
import { tempDir } from './helpers/tempBriefings.ts';

interface RawEntry {
  name: string;
  /** The bytes as stored: already deflated when method is 8. */
  stored: Uint8Array;
  method: 0 | 8;
  /** What the directory claims the entry inflates to; a hostile file lies here. */
  size: number;
  crc: number;
}

/** A zip written byte by byte, so a test can make it say anything a hostile file could. */
function rawZip(entries: RawEntry[]): Uint8Array {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(e.method, 8);
    header.writeUInt32LE(e.crc, 14);
    header.writeUInt32LE(e.stored.length, 18);
    header.writeUInt32LE(e.size, 22);
    header.writeUInt16LE(name.length, 26);
    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE(20, 4);
    record.writeUInt16LE(20, 6);
    record.writeUInt16LE(e.method, 10);
    record.writeUInt32LE(e.crc, 16);
    record.writeUInt32LE(e.stored.length, 20);
    record.writeUInt32LE(e.size, 24);
    record.writeUInt16LE(name.length, 28);
    record.writeUInt32LE(offset, 42);
    local.push(header, name, Buffer.from(e.stored));
    central.push(record, name);
    offset += 30 + name.length + e.stored.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...local, directory, end]));
}

const stored = (name: string, data: Uint8Array): RawEntry => ({ name, stored: data, method: 0, size: data.length, crc: crc32(data) });

/** The sample container's real entries, as raw entries to add hostile ones to. */
function sampleEntries(): RawEntry[] {
  const files = unzipSync(packBriefing(sampleDocument('en')));
  return Object.entries(files).map(([name, data]) => stored(name, data));
}

function refusal(bytes: Uint8Array): Problem[] {
  const result = unpackBriefing(bytes);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.problems;
}

async function openRefusal(file: string): Promise<string[]> {
  const error = await openBriefing(file).then(() => undefined, (e: unknown) => e);
  if (!(error instanceof InputError)) throw new Error(`expected an InputError, got ${String(error)}`);
  expect(error.file).toBe(file);
  return error.message.split('\n');
}

describe('hostile zip structure', () => {
  const zeros = 200 * 1024 * 1024;
  let bomb: Uint8Array;
  beforeAll(() => {
    bomb = new Uint8Array(deflateRawSync(new Uint8Array(zeros), { level: 9 }));
  });

  it('refuses entry names that climb out of a folder, and writes nothing anywhere', async () => {
    const dir = tempDir();
    const nested = path.join(dir, 'a', 'b');
    mkdirSync(nested, { recursive: true });
    const file = path.join(nested, 'evil.briefing');
    const payload = strToU8('pwned');
    const names = ['../../evil', '/etc/passwd', 'media/../../x.png', 'media\\p9.png', 'C:/evil'];
    writeFileSync(file, rawZip([...sampleEntries(), ...names.map((n) => stored(n, payload))]));
    expect(await openRefusal(file)).toEqual([
      `${file}: (file): entry "../../evil" has an unsafe name: the name climbs out of its folder ("..")`,
      `${file}: (file): entry "/etc/passwd" has an unsafe name: the name is an absolute path`,
      `${file}: (file): entry "media/../../x.png" has an unsafe name: the name climbs out of its folder ("..")`,
      `${file}: (file): entry "media\\\\p9.png" has an unsafe name: the name contains a backslash`,
      `${file}: (file): entry "C:/evil" has an unsafe name: the name starts with a drive letter`,
    ]);
    expect(existsSync(path.join(dir, 'evil'))).toBe(false);
    expect(existsSync(path.join(dir, 'x.png'))).toBe(false);
    expect(readdirSync(dir)).toEqual(['a']);
    expect(readdirSync(nested)).toEqual(['evil.briefing']);
  });

  it('refuses a zip bomb from its declared size in well under a second', () => {
    const entries = sampleEntries().filter((e) => e.name !== 'media/p1.png');
    const bombEntry: RawEntry = { name: 'media/p1.png', stored: bomb, method: 8, size: zeros, crc: 0 };
    const started = performance.now();
    const problems = refusal(rawZip([...entries, bombEntry]));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(bomb.length).toBeLessThan(300 * 1024);
    expect(problems).toEqual([{ path: 'media[0]', message: 'image "p1" is 200 MB; the limit is 25 MB' }]);
    const asJson = rawZip([{ ...bombEntry, name: 'briefing.json' }]);
    expect(refusal(asJson)).toEqual([{ path: 'briefing.json', message: '200 MB uncompressed; the limit is 32 MB' }]);
  });

  it('stops inflating a bomb whose directory lies about its size', () => {
    const started = performance.now();
    const liar = rawZip([{ name: 'briefing.json', stored: bomb, method: 8, size: 1000, crc: 0 }]);
    expect(refusal(liar)).toEqual([
      { path: 'briefing.json', message: 'cannot be read: it expands to more than its declared 1000 bytes (a zip bomb?)' },
    ]);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('refuses bombs hidden in ignored entries once they add up past the total limit', () => {
    const hidden = [1, 2, 3].map((i): RawEntry => ({ name: `junk${i}.bin`, stored: bomb, method: 8, size: zeros, crc: 0 }));
    expect(refusal(rawZip([...sampleEntries(), ...hidden]))).toEqual([
      { path: '(file)', message: expect.stringMatching(/^its entries add up to 600\.\d MB uncompressed; the limit is 512 MB$/) },
    ]);
  });

  it('refuses more entries than a briefing can have, before reading them', () => {
    const many: Zippable = {};
    for (let i = 0; i <= CONTAINER_LIMITS.maxEntries; i++) many[`media/x${i}.png`] = new Uint8Array(1);
    expect(refusal(zipSync(many))).toEqual([
      { path: '(file)', message: `the file has ${CONTAINER_LIMITS.maxEntries + 1} entries; a briefing has at most ${CONTAINER_LIMITS.maxEntries}` },
    ]);
  });

  it('refuses two entries with the same name (two zip readers could disagree on which one counts)', () => {
    const entries = sampleEntries();
    const twice = rawZip([...entries, stored('briefing.json', strToU8('{}'))]);
    expect(refusal(twice)).toEqual([{ path: '(file)', message: 'entry "briefing.json" appears twice' }]);
  });

  it('explains a truncated file instead of crashing', async () => {
    const bytes = packBriefing(sampleDocument('en'));
    const dir = tempDir();
    const half = path.join(dir, 'half.briefing');
    writeFileSync(half, bytes.subarray(0, bytes.length >> 1));
    expect(await openRefusal(half)).toEqual([
      `${half}: (file): the file is incomplete or damaged (was it cut short while copying?): its zip directory is missing`,
    ]);
    const nearlyAll = refusal(bytes.subarray(0, bytes.length - 10));
    expect(nearlyAll[0]!.message).toMatch(/^the file is incomplete or damaged/);
  });

  it('reports a damaged stored image by its checksum', () => {
    const entries = sampleEntries();
    const image = entries.find((e) => e.name === 'media/p2.jpg')!;
    const damaged = Uint8Array.from(image.stored);
    damaged[damaged.length >> 1]! ^= 0xff;
    const problems = refusal(rawZip(entries.map((e) => (e === image ? { ...e, stored: damaged } : e))));
    expect(problems).toEqual([{ path: 'media[1]', message: 'cannot read media/p2.jpg: it is damaged (checksum mismatch)' }]);
  });

  it('never throws on random bytes or on randomly damaged containers', () => {
    const valid = packBriefing(sampleDocument('en'));
    // unpackBriefing turns an unexpected exception into a generic problem; every refusal here must come from a
    // deliberate check instead, with a path and a specific message.
    const isRefusal = (result: ReturnType<typeof unpackBriefing>) =>
      result.ok || result.problems.every((p) => p.path.length > 0 && !p.message.startsWith('the file could not be read'));
    fc.assert(fc.property(fc.uint8Array({ maxLength: 4096 }), (bytes) => isRefusal(unpackBriefing(bytes))), { numRuns: 300 });
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(valid.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }), (edits) => {
        const bytes = Uint8Array.from(valid);
        for (const [at, value] of edits) bytes[at] = value;
        return isRefusal(unpackBriefing(bytes));
      }),
      { numRuns: 500 },
    );
    fc.assert(fc.property(fc.nat(valid.length), (cut) => isRefusal(unpackBriefing(valid.subarray(0, cut)))), { numRuns: 200 });
  });
});
