import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterTypingPause, trackInput } from '../inputQuiet.ts';

const key = () => window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));

describe('the preview waits for a pause in typing, not in the document', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    trackInput(window);
  });
  afterEach(() => vi.useRealTimers());

  it('rebuilds once typing has paused for the debounce', () => {
    const run = vi.fn();
    afterTypingPause(run, 80);
    vi.advanceTimersByTime(79);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('a key handled late (its edit not in yet) holds the rebuild back for the rest of the pause', () => {
    // The document changed at 0; at 70 a keystroke is handled whose edit a long task held back.
    const run = vi.fn();
    afterTypingPause(run, 80);
    vi.advanceTimersByTime(70);
    key();
    vi.advanceTimersByTime(20);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(60);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('counts the pause from the key, not from when its edit arrived', () => {
    key();
    vi.advanceTimersByTime(12);
    const run = vi.fn();
    afterTypingPause(run, 80);
    vi.advanceTimersByTime(67);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('a change no key made (a drag, a menu command) waits the whole pause from the change', () => {
    key();
    vi.advanceTimersByTime(500);
    const run = vi.fn();
    afterTypingPause(run, 80);
    vi.advanceTimersByTime(79);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('cancelling (the document changed again) stops it', () => {
    const run = vi.fn();
    const cancel = afterTypingPause(run, 80);
    vi.advanceTimersByTime(40);
    cancel();
    vi.advanceTimersByTime(500);
    expect(run).not.toHaveBeenCalled();
  });
});
