import { PAGE_SIZES, type FontRole, type TemplateManifest } from '../../template/index.ts';

/** Room a cell's padding and rules take, in ems of the table font (4 pt a side at 11–14 pt, with a little slack). */
const CELL_PADDING_EM = 1;

/**
 * How wide a text sets, in ems: CJK and full-width characters a whole em, everything else about half (digits and
 * Latin letters in the serif and sans faces the templates use). An estimate, but one that errs wide.
 */
export function textEms(text: string): number {
  let ems = 0;
  let previous: boolean | undefined;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    const wide = (code >= 0x1100 && code <= 0x115f) || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60) || code >= 0x20000;
    ems += wide ? 1 : 0.55;
    // Word and LibreOffice put a quarter-em space where Chinese meets Latin or digits ("2025 年 4 月").
    if (previous !== undefined && previous !== wide && ch.trim() !== '') ems += 0.25;
    previous = wide;
  }
  return ems;
}

/**
 * Column widths as fractions of the type area, following the content: each column that can have the width of its
 * longest cell gets it (so dates and short owners never wrap), shortest first, and the columns left share the rest
 * equally — the long text columns, which wrap anyway. Like a browser's automatic table layout, but decided once here
 * so DOCX and print HTML agree.
 */
export function contentColumnWidths(manifest: TemplateManifest, font: FontRole, columns: readonly (readonly string[])[]): number[] {
  const page = PAGE_SIZES[manifest.page.size];
  const across = manifest.page.orientation === 'landscape' ? page.heightMm : page.widthMm;
  const typeWidthMm = across - manifest.page.marginsMm.left - manifest.page.marginsMm.right;
  const totalEms = typeWidthMm / ((font.sizePt * 25.4) / 72);
  const natural = columns.map((cells) => Math.max(...cells.map(textEms), 1) + CELL_PADDING_EM);
  const widths = new Array<number>(columns.length).fill(0);
  let left = totalEms;
  const order = natural.map((_, i) => i).sort((a, b) => natural[a]! - natural[b]!);
  order.forEach((column, k) => {
    const share = left / (order.length - k);
    const width = Math.min(natural[column]!, share);
    widths[column] = width;
    left -= width;
  });
  // Spare room (every column fits) goes to the column with the most text.
  if (left > 0) {
    const widest = natural.indexOf(Math.max(...natural));
    widths[widest]! += left;
  }
  return widths.map((w) => w / totalEms);
}
