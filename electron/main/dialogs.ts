import { app, dialog, type BrowserWindow, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import path from 'node:path';
import type { HostDialogs } from '../../core/node/host/index.ts';
import type { Strings } from './strings.ts';

/** A bare suggested name goes to the user's Documents folder; a full path (a file already saved) stays. */
function defaultPath(suggested: string): string {
  return path.isAbsolute(suggested) ? suggested : path.join(app.getPath('documents'), suggested);
}

/** The native open/save dialogs, attached to the editor window when there is one. */
export function nativeDialogs(window: () => BrowserWindow | undefined, strings: () => Strings): HostDialogs {
  const open = async (options: OpenDialogOptions) => {
    const parent = window();
    const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
    return result.canceled ? undefined : result.filePaths[0];
  };
  const save = async (options: SaveDialogOptions) => {
    const parent = window();
    const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? undefined : result.filePath;
  };
  return {
    openBriefing: () =>
      open({ properties: ['openFile'], filters: [{ name: strings().briefingFiles, extensions: ['briefing', 'json'] }] }),
    saveBriefing: (suggested) =>
      save({ defaultPath: defaultPath(suggested), filters: [{ name: strings().briefingFiles, extensions: ['briefing'] }] }),
    exportTarget: (suggested, formats) => {
      const s = strings();
      const filters = formats.map((format) => ({ name: format === 'docx' ? s.wordFiles : s.pdfFiles, extensions: [format] }));
      // One name for both files: "report" becomes report.docx and report.pdf side by side.
      return save({ defaultPath: `${defaultPath(suggested)}.${formats[0] ?? 'pdf'}`, filters });
    },
    // Template designer (issue 14)
    saveTemplateFile: (suggested) =>
      save({ defaultPath: defaultPath(suggested), filters: [{ name: strings().templateFiles, extensions: ['briefing-template'] }] }),
    fileChanged: async (file) => {
      const s = strings();
      const options = {
        type: 'warning' as const,
        buttons: [s.keepBothButton, s.overwriteButton, s.cancelButton],
        defaultId: 0,
        cancelId: 2,
        noLink: true,
        title: s.fileChangedTitle,
        message: s.fileChangedMessage.replace('{file}', path.basename(file)),
        detail: s.fileChangedDetail.replace('{folder}', path.dirname(file)),
      };
      const parent = window();
      const { response } = parent ? await dialog.showMessageBox(parent, options) : await dialog.showMessageBox(options);
      return (['keepBoth', 'overwrite', 'cancel'] as const)[response] ?? 'cancel';
    },
  };
}
