import type { Run } from '../plan/index.ts';
import { escapeHtml } from './escape.ts';

export function runsHtml(runs: readonly Run[]): string {
  return runs
    .map((run) => {
      // A soft return typed inside a block breaks the line here as it does in the DOCX.
      let html = escapeHtml(run.text).replace(/\n/g, '<br>');
      if (run.underline) html = `<u>${html}</u>`;
      if (run.italic) html = `<em>${html}</em>`;
      if (run.bold) html = `<strong>${html}</strong>`;
      return html;
    })
    .join('');
}
