import { readSheet } from 'read-excel-file/browser';
import { parseTableText } from '../../../../core/people/index.ts';

/** Cells as the user sees them: dates as YYYY-MM-DD, numbers as written, blanks empty. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

/** An .xlsx file's first sheet (read-excel-file) or a CSV file's rows (papaparse), as rows of text cells. */
export async function readTableFile(file: File): Promise<string[][]> {
  if (/\.xlsx$/i.test(file.name)) {
    const sheet = await readSheet(file);
    return sheet.map((row) => row.map(cellText));
  }
  // CSV from Excel is UTF-8 with a BOM, or the system's ANSI code page (GBK on Chinese Windows).
  const bytes = new Uint8Array(await file.arrayBuffer());
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('gbk').decode(bytes);
  }
  return parseTableText(text, text.includes('\t') && !text.includes(',') ? '\t' : ',');
}
