import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { packBriefing } from '../../core/container/index.ts';
import { sampleDocument } from '../fixtures/briefings.ts';
import { bundleChild } from '../helpers/childScript.ts';
import { tempDir, writePlainJson } from '../helpers/tempBriefings.ts';
import { mutateBriefingJson } from './jsonMutations.ts';
import { pathTrick } from './plainJsonTricks.ts';
import { seeded, type Random } from './random.ts';
import { mutateContainer } from './zipMutations.ts';
import type { FuzzOutcome } from './worker.ts';

export interface FuzzOptions {
  containers: number;
  plainJson: number;
  seed: number;
  /** How long one input may take before it counts as a hang. */
  perInputMs?: number;
  /** Process memory above which an input counts as a blow-up. */
  maxRssBytes?: number;
}

export interface FuzzReport {
  inputs: { containers: number; plainJson: number };
  opened: number;
  refused: number;
  crashes: string[];
  hangs: string[];
  overMemory: string[];
  peakRssMb: number;
}

/** A .briefing mutant: the zip itself broken, or a well-formed zip around a broken briefing.json. */
function containerMutant(base: Uint8Array, random: Random): Uint8Array {
  if (random() < 0.5) return mutateContainer(base, random);
  const entries = unzipSync(base);
  const json = mutateBriefingJson(JSON.parse(strFromU8(entries['briefing.json']!)), random);
  entries['briefing.json'] = strToU8(JSON.stringify(json));
  return zipSync(entries);
}

/** A plain JSON mutant in a folder of its own: a broken briefing, a hostile image path, or both. */
function plainJsonMutant(dir: string, random: Random): string {
  const file = writePlainJson(dir, sampleDocument(random() < 0.5 ? 'en' : 'zh-CN'));
  const raw = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  const mutated = (random() < 0.6 ? mutateBriefingJson(raw, random) : raw) as { media?: { file?: string }[] };
  if (random() < 0.7 && Array.isArray(mutated.media) && mutated.media[0] && typeof mutated.media[0] === 'object') mutated.media[0].file = pathTrick(dir, random);
  writeFileSync(file, JSON.stringify(mutated));
  return file;
}

class FuzzWorker {
  private worker!: Worker;
  private next = 1;
  constructor(private readonly script: string) {
    this.start();
  }
  private start() {
    this.worker = new Worker(this.script, { resourceLimits: { maxOldGenerationSizeMb: 1536 } });
    this.worker.unref();
  }
  /** One input; a hang or a dead worker is reported and the worker replaced. */
  run(file: string, timeoutMs: number): Promise<FuzzOutcome | { outcome: 'hang' } | { outcome: 'died'; error: string }> {
    const id = this.next++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => finish({ outcome: 'hang' }, true), timeoutMs);
      const onMessage = (message: { id: number } & FuzzOutcome) => message.id === id && finish(message, false);
      const onError = (error: Error) => finish({ outcome: 'died', error: String(error) }, true);
      const finish = (result: FuzzOutcome | { outcome: 'hang' } | { outcome: 'died'; error: string }, restart: boolean) => {
        clearTimeout(timer);
        this.worker.off('message', onMessage);
        this.worker.off('error', onError);
        if (restart) {
          void this.worker.terminate();
          this.start();
        }
        resolve(result);
      };
      this.worker.on('message', onMessage);
      this.worker.on('error', onError);
      this.worker.postMessage({ id, file });
    });
  }
  close = () => this.worker.terminate();
}

/** Runs the mutants through the real opener and exporters and counts how each ended. */
export async function runFuzz(options: FuzzOptions): Promise<FuzzReport> {
  const perInputMs = options.perInputMs ?? 10_000;
  const maxRss = options.maxRssBytes ?? 1024 ** 3;
  const random = seeded(options.seed);
  const work = tempDir('briefing-fuzz-');
  const worker = new FuzzWorker(await bundleChild(work, `import './tests/fuzz/worker.ts';`));
  const report: FuzzReport = { inputs: { containers: options.containers, plainJson: options.plainJson }, opened: 0, refused: 0, crashes: [], hangs: [], overMemory: [], peakRssMb: 0 };
  const bases = [packBriefing(sampleDocument('en')), packBriefing(sampleDocument('zh-CN'))];
  const record = (label: string, result: Awaited<ReturnType<FuzzWorker['run']>>) => {
    const rss = process.memoryUsage().rss;
    report.peakRssMb = Math.max(report.peakRssMb, Math.round(rss / 1e6));
    if (rss > maxRss) report.overMemory.push(label);
    if (result.outcome === 'opened') report.opened++;
    else if (result.outcome === 'refused') report.refused++;
    else if (result.outcome === 'hang') report.hangs.push(label);
    else report.crashes.push(`${label}: ${"error" in result ? result.error : result.outcome}`);
  };
  try {
    for (let i = 0; i < options.containers; i++) {
      const file = path.join(work, `mutant-${i}.briefing`);
      writeFileSync(file, containerMutant(random.pick(bases), random));
      record(`container #${i} (seed ${options.seed})`, await worker.run(file, perInputMs));
      rmSync(file, { force: true });
    }
    for (let i = 0; i < options.plainJson; i++) {
      const dir = path.join(work, `plain-${i}`);
      mkdirSync(dir);
      record(`plain JSON #${i} (seed ${options.seed})`, await worker.run(plainJsonMutant(dir, random), perInputMs));
      rmSync(dir, { recursive: true, force: true });
    }
  } finally {
    await worker.close();
    rmSync(work, { recursive: true, force: true });
  }
  return report;
}
