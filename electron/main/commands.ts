import type { Strings } from './strings.ts';

/**
 * Every menu command in one table: its label, its shortcut, and who carries it out. `renderer` commands are sent
 * to the editor as `host:command` events with this id (the editor owns the document, its undo history and the
 * preview); `role` commands are Electron's built-in ones; `host` commands the main process does itself.
 */
export type RendererCommand =
  | 'new'
  | 'newIssue'
  | 'open'
  | 'save'
  | 'saveAs'
  | 'exportDocx'
  | 'exportPdf'
  | 'print'
  | 'undo'
  | 'redo'
  | 'togglePreview'
  | 'find'
  | 'replace'
  | 'findNext'
  | 'findPrevious'
  | 'templateDesigner'
  | 'language:zh-CN'
  | 'language:en';

export type NativeRole = 'cut' | 'copy' | 'paste' | 'selectAll' | 'zoomIn' | 'zoomOut' | 'resetZoom' | 'togglefullscreen' | 'quit' | 'minimize' | 'zoom' | 'close' | 'front';

export interface CommandSpec {
  label: keyof Strings;
  accelerator?: string;
  run: { renderer: RendererCommand } | { role: NativeRole } | { host: 'about' | 'clearRecent' };
}

export const COMMANDS = {
  new: { label: 'new', accelerator: 'CmdOrCtrl+N', run: { renderer: 'new' } },
  newIssue: { label: 'newIssue', run: { renderer: 'newIssue' } },
  open: { label: 'open', accelerator: 'CmdOrCtrl+O', run: { renderer: 'open' } },
  save: { label: 'save', accelerator: 'CmdOrCtrl+S', run: { renderer: 'save' } },
  saveAs: { label: 'saveAs', accelerator: 'CmdOrCtrl+Shift+S', run: { renderer: 'saveAs' } },
  // No shortcuts for the exports: Word users centre a paragraph with Ctrl+E, and a menu accelerator would take it.
  exportDocx: { label: 'exportDocx', run: { renderer: 'exportDocx' } },
  exportPdf: { label: 'exportPdf', run: { renderer: 'exportPdf' } },
  print: { label: 'print', accelerator: 'CmdOrCtrl+P', run: { renderer: 'print' } },
  quit: { label: 'quit', accelerator: 'CmdOrCtrl+Q', run: { role: 'quit' } },
  undo: { label: 'undo', accelerator: 'CmdOrCtrl+Z', run: { renderer: 'undo' } },
  redo: { label: 'redo', accelerator: 'CmdOrCtrl+Shift+Z', run: { renderer: 'redo' } },
  cut: { label: 'cut', accelerator: 'CmdOrCtrl+X', run: { role: 'cut' } },
  copy: { label: 'copy', accelerator: 'CmdOrCtrl+C', run: { role: 'copy' } },
  paste: { label: 'paste', accelerator: 'CmdOrCtrl+V', run: { role: 'paste' } },
  selectAll: { label: 'selectAll', accelerator: 'CmdOrCtrl+A', run: { role: 'selectAll' } },
  togglePreview: { label: 'togglePreview', accelerator: 'CmdOrCtrl+Shift+P', run: { renderer: 'togglePreview' } },
  // Find & replace (issue 12): Word's Ctrl+F / Ctrl+H / F3. On macOS ⌘H hides the app, so Replace is ⌘⌥F there.
  find: { label: 'find', accelerator: 'CmdOrCtrl+F', run: { renderer: 'find' } },
  replace: { label: 'replace', accelerator: process.platform === 'darwin' ? 'Cmd+Alt+F' : 'Ctrl+H', run: { renderer: 'replace' } },
  findNext: { label: 'findNext', accelerator: 'F3', run: { renderer: 'findNext' } },
  findPrevious: { label: 'findPrevious', accelerator: 'Shift+F3', run: { renderer: 'findPrevious' } },
  zoomIn: { label: 'zoomIn', accelerator: 'CmdOrCtrl+=', run: { role: 'zoomIn' } },
  zoomOut: { label: 'zoomOut', accelerator: 'CmdOrCtrl+-', run: { role: 'zoomOut' } },
  resetZoom: { label: 'resetZoom', accelerator: 'CmdOrCtrl+0', run: { role: 'resetZoom' } },
  fullScreen: { label: 'fullScreen', accelerator: 'F11', run: { role: 'togglefullscreen' } },
  minimize: { label: 'minimize', accelerator: 'CmdOrCtrl+M', run: { role: 'minimize' } },
  zoom: { label: 'zoom', run: { role: 'zoom' } },
  closeWindow: { label: 'closeWindow', accelerator: 'CmdOrCtrl+W', run: { role: 'close' } },
  front: { label: 'front', run: { role: 'front' } },
  clearRecent: { label: 'clearRecent', run: { host: 'clearRecent' } },
  templateDesigner: { label: 'templateDesigner', run: { renderer: 'templateDesigner' } },
  about: { label: 'about', run: { host: 'about' } },
} as const satisfies Record<string, CommandSpec>;

export type CommandName = keyof typeof COMMANDS;

/** The menu's layout by command name; `recent` and `language` are filled in when the menu is built. */
export const MENU_LAYOUT: { label: keyof Strings; items: (CommandName | '-' | 'recent' | 'language')[] }[] = [
  { label: 'file', items: ['new', 'newIssue', 'open', 'recent', '-', 'save', 'saveAs', '-', 'exportDocx', 'exportPdf', 'print', '-', 'quit'] },
  { label: 'edit', items: ['undo', 'redo', '-', 'cut', 'copy', 'paste', 'selectAll', '-', 'find', 'replace', 'findNext', 'findPrevious'] },
  { label: 'view', items: ['togglePreview', '-', 'zoomIn', 'zoomOut', 'resetZoom', '-', 'fullScreen', '-', 'language'] },
  { label: 'templates', items: ['templateDesigner'] },
  // The platform's Window menu; zoom and "bring all to front" exist on macOS only (filtered in menuTemplate).
  { label: 'window', items: ['minimize', 'zoom', 'closeWindow', '-', 'front'] },
  { label: 'help', items: ['about'] },
];
