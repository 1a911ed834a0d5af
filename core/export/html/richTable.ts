import type { RichTableBlock, Run } from '../plan/index.ts';
import { runsHtml } from './runs.ts';
import { pathAttr } from './escape.ts';
import { num } from './geometry.ts';

/**
 * A rich-text table in the follow-up table's clothes (.bc-table: ruled, inside the type area, rows never split). A
 * header row is a <thead>, which Chromium repeats on every page the table crosses. Only the table carries its model
 * path: a click on any cell in the preview leads to the field holding the table (the preview's path grammar,
 * renderer/src/preview/modelPath.ts, names blocks and list items, not cells).
 */
export function richTableHtml(block: RichTableBlock): string {
  const cols = block.widths.map((w) => `<col style="width: ${num(w * 100)}%">`).join('');
  const row = (cells: Run[][], tag: 'th' | 'td') =>
    `<tr>${cells.map((runs) => `<${tag}${tag === 'th' ? ' scope="col"' : ''}>${runsHtml(runs)}</${tag}>`).join('')}</tr>`;
  const [first, ...rest] = block.rows;
  const head = block.header && first ? `<thead>${row(first, 'th')}</thead>` : '';
  const bodyRows = (block.header ? rest : block.rows).map((cells) => row(cells, 'td'));
  const body = bodyRows.length > 0 ? `<tbody>${bodyRows.join('')}</tbody>` : '';
  return `<table class="bc-table bc-table-text"${pathAttr(block.source)}><colgroup>${cols}</colgroup>${head}${body}</table>`;
}
