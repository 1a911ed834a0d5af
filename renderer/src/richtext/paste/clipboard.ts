import type { RichText } from '../../../../core/model/index.ts';
import { deserializeHtml } from './deserialize.ts';
import { plainTextToRichText } from './plain.ts';

/** What a paste inserts: the HTML flavour kept to our node types when there is one, else the plain text. */
export function richTextFromClipboard(data: Pick<DataTransfer, 'getData'>): RichText {
  const html = data.getData('text/html');
  if (html) {
    const blocks = deserializeHtml(html);
    if (blocks.length > 0) return blocks;
  }
  const text = data.getData('text/plain');
  return text ? plainTextToRichText(text) : [];
}
