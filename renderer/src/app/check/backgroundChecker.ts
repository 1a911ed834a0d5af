import { checkBriefing, type Finding } from '../../../../core/check/index.ts';
import type { Briefing } from '../../../../core/model/index.ts';
import type { SeriesNumbers } from '../../../../core/series/index.ts';
import type { CheckReply, CheckRequest } from './checkProtocol.ts';

/** Marks in the Performance timeline, for the UI bench: what a check costs the editor's own thread. */
export const CHECK_MAIN_MEASURE = 'bc-check-main';
export const CHECK_WORKER_MEASURE = 'bc-check-worker';

type Pending = { resolve(findings: Finding[]): void; reject(error: Error): void };

/**
 * Runs the checker in a Web Worker, one check at a time, answering each request with its own findings. Where no
 * worker can start (a test environment without Worker, a worker that fails to load) it checks on this thread, at
 * the idle time the caller chose: slower for typing on huge briefings, never wrong.
 */
export class BackgroundChecker {
  private worker: Worker | undefined;
  private failed = false;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  check(briefing: Briefing, disabledRules: readonly string[], series?: SeriesNumbers): Promise<Finding[]> {
    const worker = this.workerOrNone();
    if (!worker) return Promise.resolve(measured(() => checkBriefing(briefing, { disabledRules: [...disabledRules], ...(series ? { series } : {}) })));
    const id = this.nextId++;
    return new Promise<Finding[]>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      // The structured clone of the briefing is the whole cost a check leaves on this thread.
      measured(() => worker.postMessage({ id, briefing, disabledRules: [...disabledRules], ...(series ? { series } : {}) } satisfies CheckRequest));
    });
  }

  private workerOrNone(): Worker | undefined {
    if (this.worker || this.failed || typeof Worker !== 'function') return this.worker;
    try {
      const worker = new Worker(new URL('./check.worker.ts', import.meta.url), { type: 'module', name: 'briefing-checker' });
      worker.onmessage = ({ data }: MessageEvent<CheckReply>) => this.answer(data);
      worker.onerror = (event) => {
        event.preventDefault();
        this.giveUp(new Error(event.message || 'the checker worker failed to load'));
      };
      this.worker = worker;
    } catch {
      this.failed = true;
    }
    return this.worker;
  }

  private answer(reply: CheckReply): void {
    const waiting = this.pending.get(reply.id);
    this.pending.delete(reply.id);
    measure(CHECK_WORKER_MEASURE, 0, reply.ms);
    if (!waiting) return;
    if ('findings' in reply) waiting.resolve(reply.findings);
    else waiting.reject(new Error(reply.error));
  }

  /** A worker that cannot run: the checks it owed are rejected (the caller checks again), later ones run here. */
  private giveUp(error: Error): void {
    this.failed = true;
    this.worker?.terminate();
    this.worker = undefined;
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}

/** A Performance entry; best effort, as not every environment (jsdom) records measures with options. */
function measure(name: string, start: number, duration: number): void {
  try {
    performance.measure(name, { start, duration });
  } catch {
    // Nothing to record it in: the bench runs in Chromium, where this works.
  }
}

function measured<T>(work: () => T): T {
  const start = performance.now();
  try {
    return work();
  } finally {
    measure(CHECK_MAIN_MEASURE, start, performance.now() - start);
  }
}
