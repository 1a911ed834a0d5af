/**
 * Line heights the print HTML gives the document's furniture, as multiples of each line's font size. The DOCX
 * sets the same heights as exact lines when the body's spacing is a multiple: Word and LibreOffice read a
 * "multiple" of the font's own line height (about 1.22 em for Calibri/Carlito), CSS a multiple of its size, so
 * the same number would make every line of the DOCX a fifth taller than the PDF's and the pages break apart.
 */
export const LINE_HEIGHT = {
  title: 1.35,
  masthead: 1.2,
  caption: 1.4,
  table: 1.35,
  distribution: 1.5,
} as const;

export type LineRole = keyof typeof LINE_HEIGHT;

/**
 * A figure's spacing in points, in both exporters: above the picture and under its caption (the paragraph spacing
 * around it), and between picture and caption.
 */
export const FIGURE_SPACE_PT = { around: 6, aboveCaption: 3 } as const;

/** A photo credit is set this much smaller than its caption. */
export const CREDIT_SCALE = 0.85;

/** The report's label/value lines under the title (Date, Location…): space above and below the block. */
export const META_SPACE_PT = { before: 4, after: 10 } as const;

/** Table rules, in both exporters: a row is as tall as its line, its cell padding and one rule. */
export const TABLE_RULE_PT = 0.75;

/** The distribution block (版记): space above it when it follows the text, and each line's padding above and below. */
export const DISTRIBUTION_SPACE_PT = { above: 18, linePadding: 2 } as const;

/**
 * GB/T 9704 版记: the first and last rules thick (0.35 mm recommended), those between thin (0.25 mm). The template
 * gives the thin rule's width; the thick ones are this much wider.
 */
export const DISTRIBUTION_THICK_RULE = 1.4;
