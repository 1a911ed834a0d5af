import { z } from 'zod';

/**
 * Rich text is Slate's node JSON, restricted to the node types every exporter understands.
 * The editor writes it, the exporters read it; nothing converts it to another format on the way.
 */
export const TextLeafSchema = z.object({
  text: z.string(),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  underline: z.boolean().optional(),
});
export type TextLeaf = z.infer<typeof TextLeafSchema>;

const leaves = z.array(TextLeafSchema).min(1, 'needs at least one text node');

/** The deepest list level, counted from 0: Word's nine numbering levels (w:ilvl 0–8). */
export const MAX_LIST_INDENT = 8;

export const ParagraphSchema = z.object({ type: z.literal('paragraph'), children: leaves });
export const HeadingSchema = z.object({
  type: z.literal('heading'),
  level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  children: leaves,
});
/**
 * A list item. Nesting is a level on the item, not a list inside it: `indent` 1 sits under the item before it,
 * absent (or 0) is the list's own level. A flat list of levelled items is what Word's numbering (w:ilvl) stores, so
 * Tab/Shift+Tab in the editor is one property change and the checker's paths stay `….children[i]`.
 */
export const ListItemSchema = z.object({
  type: z.literal('list-item'),
  indent: z.number().int().min(0).max(MAX_LIST_INDENT).optional(),
  children: leaves,
});
export const BulletedListSchema = z.object({
  type: z.literal('bulleted-list'),
  children: z.array(ListItemSchema).min(1, 'a list needs at least one item'),
});
export const NumberedListSchema = z.object({
  type: z.literal('numbered-list'),
  children: z.array(ListItemSchema).min(1, 'a list needs at least one item'),
});
export const BlockQuoteSchema = z.object({ type: z.literal('block-quote'), children: leaves });

/** A table cell holds one run of text leaves; a line break inside it is a "\n" in a leaf (a soft return). */
export const TableCellSchema = z.object({ type: z.literal('table-cell'), children: leaves });
export const TableRowSchema = z.object({
  type: z.literal('table-row'),
  children: z.array(TableCellSchema).min(1, 'a table row needs at least one cell'),
});
/**
 * A table typed or pasted into rich text. `header`: the first row is a header row (printed bold, repeated on every
 * page). Rows may differ in length; the exporters pad the short ones with empty cells.
 */
export const TableSchema = z.object({
  type: z.literal('table'),
  header: z.boolean().optional(),
  children: z.array(TableRowSchema).min(1, 'a table needs at least one row'),
});

export const RichBlockSchema = z.discriminatedUnion('type', [
  ParagraphSchema,
  HeadingSchema,
  BulletedListSchema,
  NumberedListSchema,
  BlockQuoteSchema,
  TableSchema,
]);
export type Paragraph = z.infer<typeof ParagraphSchema>;
export type Heading = z.infer<typeof HeadingSchema>;
export type ListItem = z.infer<typeof ListItemSchema>;
export type BulletedList = z.infer<typeof BulletedListSchema>;
export type NumberedList = z.infer<typeof NumberedListSchema>;
export type BlockQuote = z.infer<typeof BlockQuoteSchema>;
export type TableCell = z.infer<typeof TableCellSchema>;
export type TableRow = z.infer<typeof TableRowSchema>;
export type RichTable = z.infer<typeof TableSchema>;
export type RichBlock = z.infer<typeof RichBlockSchema>;

export const RichTextSchema = z.array(RichBlockSchema);
export type RichText = z.infer<typeof RichTextSchema>;

/** A rich text made of plain paragraphs, one per line: what scripts and tests usually need. */
export function richTextFromPlain(...paragraphs: string[]): RichText {
  return paragraphs.map((text) => ({ type: 'paragraph', children: [{ text }] }));
}

/** The visible text of a block, marks dropped; a table's cells one per line, row by row. */
export function blockText(block: RichBlock): string {
  return blockLines(block).join('\n');
}

export function leavesText(children: readonly TextLeaf[]): string {
  return children.map((leaf) => leaf.text).join('');
}

/** A list item's level, 0 for the list's own. */
export function listIndent(item: ListItem): number {
  return item.indent ?? 0;
}

function blockLines(block: RichBlock): string[] {
  switch (block.type) {
    case 'bulleted-list':
    case 'numbered-list':
      return block.children.map((item) => leavesText(item.children));
    case 'table':
      return block.children.flatMap((row) => row.children.map((cell) => leavesText(cell.children)));
    default:
      return [leavesText(block.children)];
  }
}

/** Each paragraph, heading, list item, quote and table cell of a rich text as one string, in reading order. */
export function richTextLines(richText: RichText): string[] {
  return richText.flatMap(blockLines);
}
