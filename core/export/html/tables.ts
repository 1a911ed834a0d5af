import type { TableBlock } from '../plan/index.ts';
import { escapeHtml, pathAttr } from './escape.ts';
import { num } from './geometry.ts';

const cell = (tag: 'th' | 'td', text: string, extra = '') => `<${tag}${extra}>${escapeHtml(text)}</${tag}>`;

/**
 * A plan table as an HTML table. The header is a <thead>, which Chromium repeats on every page the table
 * crosses; rows never split (see styles.ts); each group (delegation, host…) opens with a label row.
 */
export function tableHtml(block: TableBlock): string {
  const columns = block.header.length;
  const cols = block.widths.map((w) => `<col style="width: ${num(w * 100)}%">`).join('');
  const head = `<thead><tr>${block.header.map((h) => cell('th', h, ' scope="col"')).join('')}</tr></thead>`;
  const body = block.groups
    .map((group) => {
      const label = group.label
        ? `<tr class="bc-group">${cell('th', group.label, ` colspan="${columns}" scope="colgroup"`)}</tr>`
        : '';
      const rows = group.rows.map((row, r) => `<tr${pathAttr(group.rowSources?.[r])}>${row.map((text) => cell('td', text)).join('')}</tr>`).join('');
      return `<tbody>${label}${rows}</tbody>`;
    })
    .join('');
  return `<table class="bc-table bc-table-${block.role}"${pathAttr(block.source)}><colgroup>${cols}</colgroup>${head}${body}</table>`;
}
