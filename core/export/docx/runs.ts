import { TextRun, type IRunOptions } from 'docx';
import type { Run } from '../plan/index.ts';

/**
 * Plan runs as Word runs, marks kept. A line break typed inside a paragraph (a soft return) becomes a real
 * break rather than a newline Word would show as a space.
 */
export function textRuns(runs: readonly Run[], extra: IRunOptions = {}): TextRun[] {
  return runs.flatMap((run) =>
    run.text.split('\n').map(
      (line, i) =>
        new TextRun({
          ...extra,
          text: line,
          ...(i > 0 ? { break: 1 } : {}),
          ...(run.bold ? { bold: true } : {}),
          ...(run.italic ? { italics: true } : {}),
          ...(run.underline ? { underline: {} } : {}),
        }),
    ),
  );
}

export const plainRuns = (text: string, extra: IRunOptions = {}): TextRun[] => (text === '' ? [] : textRuns([{ text }], extra));
