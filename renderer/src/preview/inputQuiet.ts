/**
 * When the user last pressed a key or entered text in this window (performance.now()), so the preview's debounce
 * can wait for typing to pause rather than for the document to stop changing. The two differ when a long task
 * (an autosave, a check) holds a keystroke back: the edit arrives late, the debounce would see a pause the typist
 * never made, and a preview rebuild would start under the next keys.
 */
let lastInputAt = Number.NEGATIVE_INFINITY;
const tracked = new WeakSet<Window>();

const INPUT_EVENTS = ['keydown', 'beforeinput', 'compositionupdate'] as const;

export function trackInput(target: Window): void {
  if (tracked.has(target)) return;
  tracked.add(target);
  const note = () => {
    lastInputAt = performance.now();
  };
  for (const type of INPUT_EVENTS) target.addEventListener(type, note, { capture: true, passive: true });
}

/** How long ago the last keystroke or text input was handled, in ms (Infinity before the first). */
export function msSinceInput(): number {
  return performance.now() - lastInputAt;
}

interface InputScheduling {
  isInputPending?(): boolean;
}

/** Whether a keystroke is waiting to be handled (Chromium's isInputPending; false where the browser lacks it). */
export function inputPending(): boolean {
  const scheduling = (navigator as Navigator & { scheduling?: InputScheduling }).scheduling;
  return scheduling?.isInputPending?.() ?? false;
}

/**
 * Runs `run` once neither the document nor the user's typing has moved for `quietMs`: call it when the document
 * changes, cancel with the function it returns. The pause is counted from the key that made the change, which
 * comes a frame or more before the change reaches here; a change no key made (a drag, a menu command) waits the
 * whole `quietMs` from now. A timer that comes due while keys are still arriving, or while one waits to be handled,
 * waits again for the rest of the pause.
 */
export function afterTypingPause(run: () => void, quietMs: number): () => void {
  let timer: ReturnType<typeof setTimeout>;
  const sinceKey = msSinceInput();
  const due = () => {
    const quiet = msSinceInput();
    if (quiet < quietMs || inputPending()) {
      timer = setTimeout(due, Math.max(1, quietMs - Math.max(0, quiet)));
      return;
    }
    run();
  };
  timer = setTimeout(due, sinceKey < quietMs ? quietMs - Math.max(0, sinceKey) : quietMs);
  return () => clearTimeout(timer);
}
