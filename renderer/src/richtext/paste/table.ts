import type { RichTable, TableCell, TableRow, TextLeaf } from '../../../../core/model/index.ts';
import { flush, newWalk, visitChildren } from './deserialize.ts';
import type { Marks } from './marks.ts';

/** The rows of a table, not of a table nested in one of its cells. */
function ownRows(table: Element): Element[] {
  return Array.from(table.querySelectorAll('tr')).filter((row) => row.closest('table') === table);
}

const sameMarks = (a: TextLeaf, b: TextLeaf) => Boolean(a.bold) === Boolean(b.bold) && Boolean(a.italic) === Boolean(b.italic) && Boolean(a.underline) === Boolean(b.underline);

/**
 * A cell's content as one run of leaves: each paragraph (or list item) of the cell a line, joined by soft returns,
 * as a cell in the model holds text only.
 */
function cellLeaves(cell: Element, office: boolean, marks: Marks): TextLeaf[] {
  const walk = newWalk(office, true);
  visitChildren(cell, walk, marks);
  flush(walk);
  const lines = walk.blocks.flatMap((block): TextLeaf[][] => {
    if (block.type === 'bulleted-list' || block.type === 'numbered-list') return block.children.map((item) => item.children);
    if (block.type === 'table') return [];
    return [block.children];
  });
  const out: TextLeaf[] = [];
  lines.forEach((leaves, i) => {
    for (const leaf of i > 0 ? [{ text: '\n' }, ...leaves] : leaves) {
      const previous = out.at(-1);
      if (previous && sameMarks(previous, leaf)) previous.text += leaf.text;
      else out.push({ ...leaf });
    }
  });
  return out.length > 0 ? out : [{ text: '' }];
}

/** A first row set entirely in bold over other rows: how WPS and Word users mark a header row they never declared. */
function allBold(rows: readonly TableRow[]): boolean {
  const [first, ...rest] = rows;
  if (!first || rest.length === 0) return false;
  const leaves = first.children.flatMap((cell) => cell.children).filter((leaf) => leaf.text.trim() !== '');
  return leaves.length > 0 && leaves.every((leaf) => leaf.bold);
}

/**
 * An HTML table (Word's MsoTableGrid, WPS's, a web page's) as a rich-text table. A cell spanning columns is
 * followed by empty cells, so the columns after it stay in line. The header row is what the markup says is one:
 * a <thead> row, a first row of <th> cells, or a first row all in bold. Undefined when the table has no text at all (a layout table around
 * an image).
 */
export function tableFromHtml(table: Element, office: boolean, marks: Marks): RichTable | undefined {
  const rowElements = ownRows(table);
  const rows: TableRow[] = rowElements.flatMap((tr) => {
    const cells: TableCell[] = Array.from(tr.children)
      .filter((el) => el.localName === 'td' || el.localName === 'th')
      .flatMap((td) => {
        const span = Math.max(1, Math.min(50, Number(td.getAttribute('colspan')) || 1));
        const first: TableCell = { type: 'table-cell', children: cellLeaves(td, office, marks) };
        return [first, ...Array.from({ length: span - 1 }, (): TableCell => ({ type: 'table-cell', children: [{ text: '' }] }))];
      });
    return cells.length > 0 ? [{ type: 'table-row', children: cells }] : [];
  });
  if (rows.length === 0 || rows.every((row) => row.children.every((cell) => cell.children.every((leaf) => leaf.text.trim() === '')))) return undefined;
  const firstRow = rowElements.find((tr) => tr.querySelector('td, th'));
  const header =
    firstRow !== undefined &&
    (firstRow.parentElement?.localName === 'thead' || Array.from(firstRow.children).every((cell) => cell.localName === 'th') || allBold(rows));
  return { type: 'table', ...(header ? { header: true } : {}), children: rows };
}
