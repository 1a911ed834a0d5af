/** What the fake electron module records, the dialog answers a test queues, and Electron's event object. */
import { rigConfig } from './config.ts';

export const config = rigConfig();

/** Everything the shell did that a test may look at. */
export const record = {
  calls: [] as { api: string; args: unknown[] }[],
  dialogs: [] as { kind: string; options: unknown }[],
  menu: undefined as unknown[] | undefined,
};
export const call = (api: string, ...args: unknown[]) => record.calls.push({ api, args });

/**
 * Resolves once the main process's top-level code has run: it calls app.setName() first thing, and registers its
 * app listeners in the same synchronous run, so the next turn of the event loop finds them all in place.
 */
let mainStarted!: () => void;
export const mainEvaluated = new Promise<void>((resolve) => (mainStarted = () => setImmediate(resolve)));
export const markMainStarted = () => mainStarted();

/**
 * Queued answers for the next native dialogs, by kind; a dialog with no queued answer is cancelled. `print`:
 * 'hang' makes the next printToPDF never finish (a huge document), so a test can cancel an export mid-print.
 */
export const answers: Record<'messageBox' | 'save' | 'open' | 'print', unknown[]> = { messageBox: [], save: [], open: [], print: [] };

export class FakeEvent {
  defaultPrevented = false;
  constructor(extra: Record<string, unknown> = {}) {
    Object.assign(this, extra);
  }
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}
