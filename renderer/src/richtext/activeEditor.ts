import type { Editor } from 'slate';
import { commandById } from './commands.ts';
import { runFromOutside } from './runCommand.ts';

/**
 * The rich-text editor the user last worked in, so the app menu (Format ▸ Bold…) can run the same registered
 * commands as the toolbar and the shortcuts. Kept after blur: opening a menu may move focus.
 */
let active: Editor | undefined;

export function setActiveEditor(editor: Editor): void {
  active = editor;
}

export function forgetEditor(editor: Editor): void {
  if (active === editor) active = undefined;
}

/** Runs a registered command (see RICH_TEXT_COMMANDS ids) in the last-focused editor; false if there is none. */
export function runInActiveEditor(commandId: string): boolean {
  const command = commandById(commandId);
  if (!command || !active) return false;
  runFromOutside(active, command);
  return true;
}

/** Whether the command is on in the last-focused editor, for a menu's check mark. */
export function isActiveInEditor(commandId: string): boolean {
  const command = commandById(commandId);
  return Boolean(command && active && command.isActive(active));
}
