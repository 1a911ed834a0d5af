import type { TFunction } from 'i18next';

/** What went wrong with an export, in words a user can act on: what happened, and what to do about it. */
export interface ExportFailure {
  what: string;
  todo: string;
}

type Kind = 'diskFull' | 'readOnly' | 'noPermission' | 'inUse' | 'folderGone' | 'noPrinter';

/**
 * The host reports failures as short English phrases (core/ipc/describeError: "<file>: the disk is full") or,
 * for the PDF printer, a sentence about the browser it prints with. Each known one is told in the UI language
 * with the advice that fits it; anything else is shown as the host said it, with advice that always applies.
 */
const KNOWN: readonly [RegExp, Kind][] = [
  [/the disk is full/i, 'diskFull'],
  [/the disk is read-only/i, 'readOnly'],
  [/permission denied/i, 'noPermission'],
  [/in use by another program/i, 'inUse'],
  [/no such file or folder/i, 'folderGone'],
  [/chromium|chrome|edge|browser|print(?:er|ing)? the pdf|printToPDF/i, 'noPrinter'],
];

/** The file the host named before ": <what happened>", shown by its name only. */
function fileIn(error: string): string {
  const named = /^(.*?):\s/.exec(error)?.[1] ?? '';
  return named.split(/[\\/]/).pop() ?? '';
}

export function describeExportFailure(error: string, t: TFunction<'app'>): ExportFailure {
  const kind = KNOWN.find(([pattern]) => pattern.test(error))?.[1];
  if (!kind) return { what: t('exportFailure.other', { error }), todo: t('exportFailure.otherTodo') };
  const file = fileIn(error);
  return {
    what: t(`exportFailure.${kind}`, { file: file || t('exportFailure.theFile') }),
    todo: t(`exportFailure.${kind}Todo`),
  };
}
