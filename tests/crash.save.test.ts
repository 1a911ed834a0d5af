import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { packBriefing } from '../core/container/index.ts';
import { openBriefing } from '../core/node/briefingFile.ts';
import { largeDocument } from './fixtures/large.ts';
import { moduleUrl, runChild } from './helpers/childScript.ts';
import { tempDir } from './helpers/tempBriefings.ts';

/** Kills in `npm test`; `npm run fuzz` sets more (BRIEFING_CRASH_KILLS). */
const KILLS = Number(process.env.BRIEFING_CRASH_KILLS ?? 100);

// A seeded generator: a failing run can be repeated exactly.
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

describe('saves killed at random points', () => {
  it(`${KILLS} SIGKILLs during saves leave the document whole (old or new) and no temp file behind`, async () => {
    const folder = tempDir('briefing-crash-');
    const scripts = tempDir('briefing-crash-scripts-');
    const file = path.join(folder, '调研简报.briefing');
    const next = random(20261201);
    const titles = new Set<string>();
    // Two versions packed once (about 4 MB each, so a kill often lands mid-write); each process saves them in turn.
    const doc = largeDocument({ pages: 4, photos: 3 });
    const versions = ['A', 'B'].map((name) => {
      const bytes = packBriefing({ ...doc, briefing: { ...doc.briefing, meta: { ...doc.briefing.meta, title: `version ${name}` } } });
      const at = path.join(scripts, `${name}.briefing`);
      writeFileSync(at, bytes);
      return at;
    });
    for (let kill = 0; kill < KILLS; kill++) {
      const { child, waitFor, exited } = runChild(
        scripts,
        `import { readFileSync } from 'node:fs';
         const { writeFileAtomic } = await import(${JSON.stringify(moduleUrl('core/node/atomicWrite.ts'))});
         const versions = ${JSON.stringify(versions)}.map((file) => new Uint8Array(readFileSync(file)));
         console.log('READY');
         for (let i = 0; ; i++) await writeFileAtomic(${JSON.stringify(file)}, versions[i % 2]);`,
      );
      await waitFor('READY');
      await new Promise((resolve) => setTimeout(resolve, next() * 120));
      child.kill('SIGKILL');
      await exited;
      if (kill % 10 === 9 || kill === KILLS - 1) {
        // Whole, a version some process finished; this open also removes the dead processes' temp files.
        if (!existsSync(file)) continue; // no process has finished a save yet
        const title = (await openBriefing(file)).briefing.meta.title;
        titles.add(title);
        expect(title).toMatch(/^version [AB]$/);
      }
    }
    expect(titles.size).toBeGreaterThan(0);
    expect(readdirSync(folder)).toEqual(['调研简报.briefing']);
  }, 900_000);
});
