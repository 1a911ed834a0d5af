import type { RichTableBlock, Run } from '../plan/index.ts';
import { runsHtml } from './runs.ts';
import { pathAttr } from './escape.ts';
import { num } from './geometry.ts';

/**
 * A rich-text table in the follow-up table's clothes (.bc-table: ruled, inside the type area, rows never split). A
 * header row is a <thead>, which Chromium repeats on every page the table crosses. Cells are the model's
 * `….children[r].children[c]`, so a click in the preview leads back to the cell.
 */
export function richTableHtml(block: RichTableBlock): string {
  const cols = block.widths.map((w) => `<col style="width: ${num(w * 100)}%">`).join('');
  const cellPath = (r: number, c: number) => pathAttr(block.source && `${block.source}.children[${r}].children[${c}]`);
  const row = (cells: Run[][], r: number, tag: 'th' | 'td') =>
    `<tr>${cells.map((runs, c) => `<${tag}${tag === 'th' ? ' scope="col"' : ''}${cellPath(r, c)}>${runsHtml(runs)}</${tag}>`).join('')}</tr>`;
  const [first, ...rest] = block.rows;
  const head = block.header && first ? `<thead>${row(first, 0, 'th')}</thead>` : '';
  const bodyRows = block.header ? rest.map((cells, r) => row(cells, r + 1, 'td')) : block.rows.map((cells, r) => row(cells, r, 'td'));
  const body = bodyRows.length > 0 ? `<tbody>${bodyRows.join('')}</tbody>` : '';
  return `<table class="bc-table bc-table-text"${pathAttr(block.source)}><colgroup>${cols}</colgroup>${head}${body}</table>`;
}
