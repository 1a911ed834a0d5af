import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openBriefing } from '../core/node/briefingFile.ts';
import { InputError } from '../core/model/index.ts';
import { sampleDocument } from './fixtures/briefings.ts';
import { tempDir, writePlainJson } from './helpers/tempBriefings.ts';

async function refusal(file: string): Promise<string> {
  const started = Date.now();
  const error = await openBriefing(file).then(
    () => undefined,
    (e: unknown) => e,
  );
  // Refused at once: nothing here may block on a pipe or read a pseudo-file without end.
  expect(Date.now() - started).toBeLessThan(5_000);
  if (!(error instanceof InputError)) throw new Error(`expected a refusal naming the file, got ${String(error)}`);
  return error.message;
}

/** A plain JSON briefing whose first photo is named `name`, after `prepare` made that path what it needs to be. */
function briefingWithPhoto(name: string, prepare: (dir: string) => void): string {
  const dir = tempDir();
  const jsonPath = writePlainJson(dir, sampleDocument('en'));
  const raw = JSON.parse(readFileSync(jsonPath, 'utf8'));
  raw.media[0].file = name;
  writeFileSync(jsonPath, JSON.stringify(raw));
  prepare(dir);
  return jsonPath;
}

describe('plain JSON images come only from regular files inside the briefing folder', () => {
  it('refuses ../ out of the folder, even to a real image', async () => {
    const jsonPath = briefingWithPhoto('../outside.png', (dir) => writeFileSync(path.join(dir, '..', 'outside.png'), readFileSync(path.join(dir, 'photos', 'p1.png'))));
    expect(await refusal(jsonPath)).toBe(`${jsonPath}: media[0].file: cannot read "../outside.png" (it is outside the briefing's folder; put the images beside the JSON file or in a folder under it)`);
  });

  it('refuses a link that leads out (to /proc/self/pagemap, or any file), and follows one that stays inside', async () => {
    const out = briefingWithPhoto('photos/link.png', (dir) => symlinkSync('/proc/self/pagemap', path.join(dir, 'photos', 'link.png')));
    expect(await refusal(out)).toContain('media[0].file: cannot read "photos/link.png" (it is outside the briefing\'s folder');
    const inside = briefingWithPhoto('photos/alias.png', (dir) => symlinkSync(path.join(dir, 'photos', 'p1.png'), path.join(dir, 'photos', 'alias.png')));
    expect((await openBriefing(inside)).media.get('p1')?.length).toBeGreaterThan(0);
  });

  it('refuses a pipe or a folder named as an image, without waiting for the pipe', async () => {
    const fifo = briefingWithPhoto('photos/pipe.png', (dir) => execFileSync('mkfifo', [path.join(dir, 'photos', 'pipe.png')]));
    expect(await refusal(fifo)).toContain('media[0].file: cannot read "photos/pipe.png" (it is not a regular file)');
    const folder = briefingWithPhoto('photos/sub.png', (dir) => mkdirSync(path.join(dir, 'photos', 'sub.png')));
    expect(await refusal(folder)).toContain('media[0].file: cannot read "photos/sub.png" (it is a folder, not a file)');
  });
});

describe('the briefing file itself', () => {
  it('is refused, naming it, when it is a pipe, a device, a folder or a pseudo-file whose size is a fiction', async () => {
    const dir = tempDir();
    const fifo = path.join(dir, 'visit.briefing');
    execFileSync('mkfifo', [fifo]);
    expect(await refusal(fifo)).toBe(`${fifo}: (file): is not a regular file (a device or a pipe), so it cannot be a briefing`);
    expect(await refusal('/dev/zero')).toContain('/dev/zero: (file): is not a regular file');
    expect(await refusal(dir)).toContain('is a folder, not a briefing file');
    expect(await refusal('/proc/self/pagemap')).toBe('/proc/self/pagemap: (file): cannot read the file (it changed while being read, or is a system file whose size is not known)');
    const link = path.join(dir, 'urandom.json');
    symlinkSync('/dev/urandom', link);
    expect(await refusal(link)).toContain('is not a regular file');
  });
});

describe('names no file system takes', () => {
  it('a NUL byte in an image path is refused in our words, not Node\'s', async () => {
    const jsonPath = briefingWithPhoto('photos/a\u0000.png', () => undefined);
    const message = await refusal(jsonPath);
    expect(message).toBe(`${jsonPath}: media[0].file: "photos/a\\u0000.png" contains a character no file name can hold`);
    expect(message).not.toMatch(/ERR_|null bytes|Received/);
  });
});
