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

export const ParagraphSchema = z.object({ type: z.literal('paragraph'), children: leaves });
export const HeadingSchema = z.object({
  type: z.literal('heading'),
  level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  children: leaves,
});
export const ListItemSchema = z.object({ type: z.literal('list-item'), children: leaves });
export const BulletedListSchema = z.object({
  type: z.literal('bulleted-list'),
  children: z.array(ListItemSchema).min(1, 'a list needs at least one item'),
});
export const NumberedListSchema = z.object({
  type: z.literal('numbered-list'),
  children: z.array(ListItemSchema).min(1, 'a list needs at least one item'),
});
export const BlockQuoteSchema = z.object({ type: z.literal('block-quote'), children: leaves });

export const RichBlockSchema = z.discriminatedUnion('type', [
  ParagraphSchema,
  HeadingSchema,
  BulletedListSchema,
  NumberedListSchema,
  BlockQuoteSchema,
]);
export type Paragraph = z.infer<typeof ParagraphSchema>;
export type Heading = z.infer<typeof HeadingSchema>;
export type ListItem = z.infer<typeof ListItemSchema>;
export type BulletedList = z.infer<typeof BulletedListSchema>;
export type NumberedList = z.infer<typeof NumberedListSchema>;
export type BlockQuote = z.infer<typeof BlockQuoteSchema>;
export type RichBlock = z.infer<typeof RichBlockSchema>;

export const RichTextSchema = z.array(RichBlockSchema);
export type RichText = z.infer<typeof RichTextSchema>;

/** A rich text made of plain paragraphs, one per line: what scripts and tests usually need. */
export function richTextFromPlain(...paragraphs: string[]): RichText {
  return paragraphs.map((text) => ({ type: 'paragraph', children: [{ text }] }));
}

/** The visible text of a block, marks dropped. */
export function blockText(block: RichBlock): string {
  if (block.type === 'bulleted-list' || block.type === 'numbered-list') {
    return block.children.map((item) => leavesText(item.children)).join('\n');
  }
  return leavesText(block.children);
}

export function leavesText(children: readonly TextLeaf[]): string {
  return children.map((leaf) => leaf.text).join('');
}

/** Each paragraph, heading, list item and quote of a rich text as one string, in reading order. */
export function richTextLines(richText: RichText): string[] {
  return richText.flatMap((block) =>
    block.type === 'bulleted-list' || block.type === 'numbered-list'
      ? block.children.map((item) => leavesText(item.children))
      : [leavesText(block.children)],
  );
}
