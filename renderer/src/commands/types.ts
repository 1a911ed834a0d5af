import type { DocumentStore } from '../state/documentStore.ts';

/** A key chord. `mod` is Ctrl on Windows/Linux and Cmd on macOS. `key` is KeyboardEvent.key, lower-cased. */
export interface Shortcut {
  key: string;
  mod?: boolean;
  shift?: boolean;
  alt?: boolean;
}

export type ExportFormat = 'docx' | 'pdf';
export type FindAction = 'find' | 'replace' | 'next' | 'previous';

/** What commands act on: the open document and the few app-level actions that need dialogs or UI state. */
export interface CommandContext {
  store: DocumentStore;
  hasDocument: boolean;
  canUndo: boolean;
  canRedo: boolean;
  previewVisible: boolean;
  files: {
    newDocument(): Promise<void>;
    open(path?: string): Promise<void>;
    save(saveAs: boolean): Promise<void>;
  };
  ui: {
    togglePreview(): void;
    openExport(formats: readonly ExportFormat[]): void;
    print(): void;
    /** Find & replace (issue 12): open the panel in a mode, or go to the next/previous match. */
    find(action: FindAction): void;
    /** Opens "New issue" (the next number of a bulletin series). */
    newIssue(): void;
    /** The template designer (issue 14). */
    openDesigner(): void;
  };
}

export const COMMAND_IDS = [
  'new',
  'open',
  'save',
  'saveAs',
  'export',
  'exportDocx',
  'exportPdf',
  'undo',
  'redo',
  'togglePreview',
  'print',
  'find',
  'replace',
  'findNext',
  'findPrevious',
  'newIssue',
  'templateDesigner',
] as const;
export type CommandId = (typeof COMMAND_IDS)[number];

/**
 * One registered command: the toolbar button, the keyboard shortcut and the host menu's `command` event all
 * come from this one definition. The menu sends the id (electron/main/commands.ts uses the same ids and
 * accelerators).
 */
export interface Command {
  id: CommandId;
  /** Key in the `app` namespace: `commands.<id>`. */
  labelKey: string;
  shortcuts: readonly Shortcut[];
  /** Shown on the toolbar, in this order. */
  toolbar: boolean;
  run(ctx: CommandContext): void | Promise<void>;
  enabled(ctx: CommandContext): boolean;
}
