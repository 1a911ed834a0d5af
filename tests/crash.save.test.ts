import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { packBriefing } from '../core/container/index.ts';
import { openBriefing } from '../core/node/briefingFile.ts';
import { RecoveryStore } from '../core/node/host/recoveryStore.ts';
import { largeDocument } from './fixtures/large.ts';
import { bundleChild, startBundled } from './helpers/childScript.ts';
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
    let killedMidWrite = 0;
    // Two versions packed once (about 4 MB each, so a kill often lands mid-write); each process saves them in turn.
    const doc = largeDocument({ pages: 4, photos: 3 });
    const versions = ['A', 'B'].map((name) => {
      const bytes = packBriefing({ ...doc, briefing: { ...doc.briefing, meta: { ...doc.briefing.meta, title: `version ${name}` } } });
      const at = path.join(scripts, `${name}.briefing`);
      writeFileSync(at, bytes);
      return at;
    });
    const script = await bundleChild(
      scripts,
      `import { readFileSync } from 'node:fs';
       import { writeFileAtomic } from './core/node/atomicWrite.ts';
       const versions = ${JSON.stringify(versions)}.map((file) => new Uint8Array(readFileSync(file)));
       console.log('READY');
       for (let i = 0; ; i++) await writeFileAtomic(${JSON.stringify(file)}, versions[i % 2]);`,
    );
    for (let kill = 0; kill < KILLS; kill++) {
      const { child, waitFor, exited } = startBundled(script);
      await waitFor('READY');
      await new Promise((resolve) => setTimeout(resolve, next() * 80));
      child.kill('SIGKILL');
      await exited;
      if (readdirSync(folder).some((name) => name.endsWith('.tmp'))) killedMidWrite++;
      if (kill % 10 === 9 || kill === KILLS - 1) {
        // Whole, a version some process finished; this open also removes the dead processes' temp files.
        if (!existsSync(file)) continue; // no process has finished a save yet
        const title = (await openBriefing(file)).briefing.meta.title;
        titles.add(title);
        expect(title).toMatch(/^version [AB]$/);
      }
    }
    const leftovers = readdirSync(folder).filter((name) => name !== '调研简报.briefing');
    console.log(`crash (saves): ${KILLS} kills, ${killedMidWrite} in the middle of a write, 0 corrupt files (every open succeeded), ${leftovers.length} leftover temp files`);
    expect(titles.size).toBeGreaterThan(0);
    // The kills did land in the middle of writes (else this test would prove nothing about crashes).
    expect(killedMidWrite).toBeGreaterThan(KILLS / 10);
    expect(readdirSync(folder)).toEqual(['调研简报.briefing']);
  }, 900_000);
});

const RECOVERY_KILLS = Number(process.env.BRIEFING_CRASH_KILLS_RECOVERY ?? 50);

describe('autosaves killed at random points', () => {
  it(`${RECOVERY_KILLS} SIGKILLs during recovery writes: every listed entry matches its content, nothing is left over`, async () => {
    const userData = tempDir('briefing-crash-recovery-');
    const scripts = tempDir('briefing-crash-scripts-');
    const next = random(7);
    writeFileSync(path.join(scripts, 'doc.briefing'), packBriefing(largeDocument({ pages: 2, photos: 2 })));
    const script = await bundleChild(
      scripts,
      `import { RecoveryStore } from './core/node/host/recoveryStore.ts';
       import { openBriefing } from './core/node/briefingFile.ts';
       const doc = await openBriefing(${JSON.stringify(path.join(scripts, 'doc.briefing'))});
       const store = new RecoveryStore(${JSON.stringify(userData)});
       await store.sweep?.();
       console.log('READY');
       for (let i = 0; ; i++) {
         const title = 'autosave ' + process.pid + '-' + i;
         // Every third write a photo comes as new bytes, so kills land in photo writes too, not only in the text's.
         const media = i % 3 === 0 ? new Map([...doc.media].map(([id, bytes], n) => [id, n === 0 ? bytes.slice() : bytes])) : doc.media;
         await store.write('win-1', { media, briefing: { ...doc.briefing, meta: { ...doc.briefing.meta, title } } });
       }`,
    );
    let checked = 0;
    for (let kill = 0; kill < RECOVERY_KILLS; kill++) {
      const { child, waitFor, exited } = startBundled(script);
      await waitFor('READY');
      await new Promise((resolve) => setTimeout(resolve, 50 + next() * 150));
      child.kill('SIGKILL');
      await exited;
      // After every kill: what the welcome view would list is what Restore would bring back.
      const store = new RecoveryStore(userData);
      for (const entry of await store.list()) {
        const content = await store.read(entry.key);
        expect(content?.document.briefing.meta.title, `entry ${entry.key}`).toBe(entry.title);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
    const store = new RecoveryStore(userData);
    await store.sweep?.();
    // One note and exactly the files it names: the document's text and one file per photo.
    const left = readdirSync(path.join(userData, 'recovery')).sort();
    const note = JSON.parse(readFileSync(path.join(userData, 'recovery', 'win-1.json'), 'utf8')) as { content: string; photos: Record<string, string> };
    const named = ['win-1.json', note.content, ...Object.values(note.photos)].sort();
    console.log(`crash (recovery): ${RECOVERY_KILLS} kills, ${checked} entries checked against their content, 0 disagreeing, ${left.length - named.length} leftover files after the start-up sweep`);
    expect(left).toEqual(named);
    expect(note.content).toMatch(/^win-1\.[a-z0-9]+-[0-9a-f]{8}\.briefing$/);
    expect(Object.keys(note.photos)).toHaveLength(2);
  }, 900_000);
});
