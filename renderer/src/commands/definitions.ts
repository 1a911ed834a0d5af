import type { Command, CommandContext, CommandId, Shortcut } from './types.ts';

const always = () => true;
const withDocument = (ctx: CommandContext) => ctx.hasDocument;
const mod = (key: string, extra: Omit<Shortcut, 'key' | 'mod'> = {}): Shortcut => ({ key, mod: true, ...extra });

function command(
  id: CommandId,
  shortcuts: readonly Shortcut[],
  run: Command['run'],
  enabled: Command['enabled'] = withDocument,
  toolbar = true,
): Command {
  return { id, labelKey: `commands.${id}`, shortcuts, toolbar, run, enabled };
}

/** The one table: toolbar order, shortcuts and menu ids. */
export const COMMANDS: readonly Command[] = [
  command('new', [mod('n')], (ctx) => ctx.files.newDocument(), always),
  command('open', [mod('o')], (ctx) => ctx.files.open(), always),
  command('save', [mod('s')], (ctx) => ctx.files.save(false)),
  command('saveAs', [mod('s', { shift: true })], (ctx) => ctx.files.save(true)),
  command('export', [], (ctx) => ctx.ui.openExport(['docx', 'pdf'])),
  // No shortcuts: Word and WPS centre a paragraph with Ctrl+E (and Ctrl+Shift+E tracks changes); a Word user's
  // fingers must not open an export. Export is on the toolbar and in the File menu.
  command('exportDocx', [], (ctx) => ctx.ui.openExport(['docx']), withDocument, false),
  command('exportPdf', [], (ctx) => ctx.ui.openExport(['pdf']), withDocument, false),
  command('print', [mod('p')], (ctx) => ctx.ui.print()),
  command('undo', [mod('z')], (ctx) => ctx.store.undo(), (ctx) => ctx.canUndo),
  command('redo', [mod('y'), mod('z', { shift: true })], (ctx) => ctx.store.redo(), (ctx) => ctx.canRedo),
  command('togglePreview', [mod('p', { shift: true })], (ctx) => ctx.ui.togglePreview()),
  // Find & replace as in Word: Ctrl+F, Ctrl+H, F3 / Shift+F3. ⌘H hides the app on macOS, so ⌘⌥F there too.
  command('find', [mod('f')], (ctx) => ctx.ui.find('find'), withDocument, false),
  command('replace', [mod('h'), mod('f', { alt: true })], (ctx) => ctx.ui.find('replace'), withDocument, false),
  command('findNext', [{ key: 'f3' }], (ctx) => ctx.ui.find('next'), withDocument, false),
  command('findPrevious', [{ key: 'f3', shift: true }], (ctx) => ctx.ui.find('previous'), withDocument, false),
  // The next issue of a bulletin series (issue 12): File menu and welcome view, no toolbar button, no shortcut.
  { ...command('newIssue', [], (ctx) => ctx.ui.newIssue(), always, false), labelKey: 'series:newIssue' },
  command('templateDesigner', [], (ctx) => ctx.ui.openDesigner(), always, false),
];

export function commandById(id: string): Command | undefined {
  return COMMANDS.find((c) => c.id === id);
}
