import type { RichText } from '../../../../core/model/index.ts';

/** Plain text from the clipboard: one paragraph per line; the line break that ends the last line adds nothing. */
export function plainTextToRichText(text: string): RichText {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
  return lines.map((line) => ({ type: 'paragraph', children: [{ text: line }] }));
}
