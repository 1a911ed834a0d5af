import { chmodSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { packBriefing } from '../core/container/index.ts';
import type { BriefingDocument } from '../core/model/index.ts';
import { writeFileAtomic } from '../core/node/atomicWrite.ts';
import { openBriefing, saveBriefing } from '../core/node/briefingFile.ts';
import { sampleDocument } from './fixtures/briefings.ts';
import { tempDir } from './helpers/tempBriefings.ts';
import { moduleUrl, runChild } from './helpers/childScript.ts';


function retitled(doc: BriefingDocument, title: string): BriefingDocument {
  return { ...doc, briefing: { ...doc.briefing, meta: { ...doc.briefing.meta, title } } };
}

describe('atomic save', () => {
  it('keeps the previous file whole when a write fails halfway, and removes its temp file', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'visit.briefing');
    const doc = sampleDocument('en');
    await saveBriefing(file, doc);
    const before = readFileSync(file);
    const next = packBriefing(retitled(doc, 'Never finished'));
    const failHalfway = async (handle: import('node:fs/promises').FileHandle, bytes: Uint8Array) => {
      await handle.write(bytes.subarray(0, bytes.length >> 1));
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    };
    await expect(writeFileAtomic(file, next, failHalfway)).rejects.toThrow('ENOSPC');
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(readdirSync(dir)).toEqual(['visit.briefing']);
    expect((await openBriefing(file)).briefing.meta.title).toBe(doc.briefing.meta.title);
  });

  it('survives a process killed in the middle of a save: the old file still opens', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'visit.briefing');
    const doc = sampleDocument('zh-CN');
    await saveBriefing(file, doc);
    const next = packBriefing(retitled(doc, '写到一半'));
    writeFileSync(path.join(dir, 'next.bin'), next);
    const { child, waitFor, exited } = runChild(
      dir,
      `import { readFileSync } from 'node:fs';
       const { writeFileAtomic } = await import(${JSON.stringify(moduleUrl('core/node/atomicWrite.ts'))});
       const bytes = new Uint8Array(readFileSync(${JSON.stringify(path.join(dir, 'next.bin'))}));
       await writeFileAtomic(${JSON.stringify(file)}, bytes, async (handle, all) => {
         await handle.write(all.subarray(0, all.length >> 1));
         await handle.sync();
         console.log('HALF WRITTEN');
         await new Promise(() => setInterval(() => undefined, 1000));
       });`,
    );
    await waitFor('HALF WRITTEN');
    child.kill('SIGKILL');
    await exited;
    // The half-written copy is hidden, named after the document with the marker, machine and process…
    const leftovers = readdirSync(dir).filter((name) => name.endsWith('.tmp'));
    expect(leftovers).toHaveLength(1);
    expect(leftovers[0]).toMatch(new RegExp(`^\\.visit\\.briefing\\.~bc\\.[A-Za-z0-9-]+\\.${child.pid}\\.[0-9a-f]{8}\\.tmp$`));
    expect(statSync(path.join(dir, leftovers[0]!)).size).toBe(next.length >> 1);
    // …and the next open of the document finds the old version whole and removes the dead process's copy.
    expect((await openBriefing(file)).briefing).toEqual(doc.briefing);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('leaves a file that opens whenever a process saving in a loop is killed', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'loop.briefing');
    const { child, waitFor, exited, output } = runChild(
      dir,
      `const { saveBriefing } = await import(${JSON.stringify(moduleUrl('core/node/briefingFile.ts'))});
       const { sampleDocument } = await import(${JSON.stringify(moduleUrl('tests/fixtures/briefings.ts'))});
       const doc = sampleDocument('en');
       for (let i = 0; ; i++) {
         await saveBriefing(${JSON.stringify(file)}, { ...doc, briefing: { ...doc.briefing, meta: { ...doc.briefing.meta, title: 'save ' + i } } });
         console.log('SAVED ' + i);
       }`,
    );
    await waitFor('SAVED 5');
    await new Promise((resolve) => setTimeout(resolve, 7));
    child.kill('SIGKILL');
    await exited;
    const title = (await openBriefing(file)).briefing.meta.title;
    const saved = Number(title.replace('save ', ''));
    const lastReported = Math.max(...[...output().matchAll(/SAVED (\d+)/g)].map((m) => Number(m[1])));
    expect(saved === lastReported || saved === lastReported + 1).toBe(true);
  });

  it('keeps the permissions of the file it replaces and writes through a symlink', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'private.briefing');
    writeFileSync(file, 'old');
    chmodSync(file, 0o600);
    await writeFileAtomic(file, new TextEncoder().encode('new'));
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const link = path.join(dir, 'link.briefing');
    symlinkSync(file, link);
    await writeFileAtomic(link, new TextEncoder().encode('through the link'));
    expect(readFileSync(file, 'utf8')).toBe('through the link');
    expect(readdirSync(dir).sort()).toEqual(['link.briefing', 'private.briefing']);
  });

  it('names the requested file, not its temp file, when the folder does not exist', async () => {
    const target = path.join(tempDir(), 'missing-folder', 'out.pdf');
    const error = await writeFileAtomic(target, new Uint8Array([1])).then(() => undefined, (e: unknown) => e);
    expect(error).toMatchObject({ code: 'ENOENT', path: target });
    // The message too: a user must never read about a hidden '.out.pdf.~bc….tmp' they did not ask for.
    expect((error as Error).message).toContain(target);
    expect((error as Error).message).not.toMatch(/\.tmp/);
  });
});
