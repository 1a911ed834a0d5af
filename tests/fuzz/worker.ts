/**
 * The fuzz worker (bundled by esbuild and run as a worker thread): opens each input exactly as the app and the
 * CLI do and, when it opens, renders it to DOCX and print HTML. It reports how each input ended; anything but
 * "opened" or "refused with a message naming the file and the field" is a defect.
 */
import { parentPort } from 'node:worker_threads';
import { exportDocx } from '../../core/export/docx/index.ts';
import { printHtml } from '../../core/export/html/index.ts';
import { assertComplete, InputError } from '../../core/model/index.ts';
import { openBriefing } from '../../core/node/briefingFile.ts';
import { resolveTemplateId } from '../../core/node/templates.ts';

export type FuzzOutcome = { outcome: 'opened' | 'refused' } | { outcome: 'crash'; error: string };

function refusedProperly(error: InputError, file: string): boolean {
  return error.problems.length > 0 && error.message.startsWith(`${file}: `) && error.problems.every((p) => p.path.length > 0 && p.message.length > 0);
}

async function run(file: string): Promise<FuzzOutcome> {
  try {
    const doc = await openBriefing(file);
    try {
      assertComplete(doc.briefing, file);
      const template = await resolveTemplateId(doc.briefing.meta.templateId);
      await exportDocx(doc, template);
      printHtml(doc, template);
    } catch (error) {
      // Export refuses what it cannot print (a blank name, an unknown template): a message, naming the field.
      if (error instanceof InputError) return refusedProperly(error.withFile(file), file) ? { outcome: 'opened' } : { outcome: 'crash', error: `export: ${error.message.slice(0, 500)}` };
      throw error;
    }
    return { outcome: 'opened' };
  } catch (error) {
    if (error instanceof InputError && refusedProperly(error, file)) return { outcome: 'refused' };
    return { outcome: 'crash', error: error instanceof Error ? (error.stack ?? error.message).slice(0, 2000) : String(error) };
  }
}

parentPort?.on('message', (message: { id: number; file: string }) => {
  void run(message.file).then((result) => parentPort?.postMessage({ id: message.id, ...result }));
});
