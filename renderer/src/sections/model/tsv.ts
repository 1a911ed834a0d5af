/**
 * Tab-separated clipboard text as Excel and WPS write it: rows end in \r\n (or \n), cells are split by \t, and a
 * cell holding a tab, a line break or a quote is wrapped in quotes with inner quotes doubled.
 */
export function parseTsv(text: string): string[][] {
  const source = text.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let at = 0;
  let cellStart = true;
  const endCell = () => {
    row.push(cell);
    cell = '';
    cellStart = true;
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  while (at < source.length) {
    const ch = source[at]!;
    if (cellStart && ch === '"') {
      const closing = quotedEnd(source, at);
      if (closing !== undefined) {
        cell = source.slice(at + 1, closing).replace(/""/g, '"');
        at = closing + 1;
        cellStart = false;
        continue;
      }
    }
    cellStart = false;
    if (ch === '\t') endCell();
    else if (ch === '\r' && source[at + 1] === '\n') {
      endRow();
      at += 1;
    } else if (ch === '\n' || ch === '\r') endRow();
    else cell += ch;
    at += 1;
  }
  if (!cellStart || cell !== '' || row.length > 0) endRow();
  return rows.map((cells) => cells.map(tidy)).filter((cells) => cells.some((c) => c !== ''));
}

/**
 * Where a quoted cell starting at `open` ends, or undefined when the quote is just text (a cell like `"abc` pasted
 * by hand): the closing quote must be followed by a tab, a line break or the end.
 */
function quotedEnd(source: string, open: number): number | undefined {
  let at = open + 1;
  while (at < source.length) {
    if (source[at] === '"') {
      if (source[at + 1] === '"') {
        at += 2;
        continue;
      }
      const next = source[at + 1];
      return next === undefined || next === '\t' || next === '\n' || next === '\r' ? at : undefined;
    }
    at += 1;
  }
  return undefined;
}

/**
 * Spreadsheet cells often carry padding (trim also drops no-break and ideographic spaces at the edges); a line
 * break inside a cell becomes a space. Inner ideographic spaces stay: "李　华" is how a two-character name is aligned.
 */
function tidy(cell: string): string {
  return cell.replace(/\r?\n/g, ' ').trim();
}

/** Whether clipboard text is a grid (more than one cell), so a paste should fill rows rather than one input. */
export function isGrid(rows: readonly (readonly string[])[]): boolean {
  return rows.length > 1 || (rows[0]?.length ?? 0) > 1;
}
