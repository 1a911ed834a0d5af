import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import type { BriefingApi } from '../../../core/ipc/contract.ts';
import { commandById, COMMANDS } from './definitions.ts';
import { commandForKey, isMac } from './shortcuts.ts';
import type { Command, CommandContext } from './types.ts';

/**
 * Runs commands from the three places they come from: the toolbar (the returned function), keyboard shortcuts on
 * the window, and the host's `command` events (native menus). Always against the latest context.
 */
export function useCommandRuntime(api: BriefingApi, ctx: CommandContext, onError: (error: unknown) => void) {
  const latest = useRef(ctx);
  useLayoutEffect(() => {
    latest.current = ctx;
  });

  const run = useCallback(
    (command: Command) => {
      const current = latest.current;
      if (!command.enabled(current)) return;
      Promise.resolve()
        .then(() => command.run(current))
        .catch(onError);
    },
    [onError],
  );

  useEffect(() => {
    const mac = isMac();
    const onKey = (event: KeyboardEvent) => {
      // An editor that handled the key itself (or an IME composing a character) has the last word.
      if (event.defaultPrevented || event.isComposing) return;
      const command = commandForKey(COMMANDS, event, mac);
      if (!command) return;
      event.preventDefault();
      run(command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [run]);

  useEffect(
    () =>
      api.on('command', (id) => {
        const command = commandById(id);
        if (command) run(command);
      }),
    [api, run],
  );

  return run;
}
