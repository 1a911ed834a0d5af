/**
 * Everything a user or a template author typed passes through here on its way into the print HTML.
 * Text becomes HTML text or attribute values; template strings also end up inside CSS strings in a <style>.
 */

import { stripForbidden } from '../xmlText.ts';

export { stripForbidden };

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Safe as element text and as a quoted attribute value alike. */
export function escapeHtml(text: string): string {
  return stripForbidden(text).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/**
 * A double-quoted CSS string. Besides quote and backslash, `<`, `>` and `&` are hex-escaped so that a
 * template string can never spell `</style>` inside the style element that carries it.
 */
export function cssString(text: string): string {
  const body = stripForbidden(text).replace(/["\\<>&\n\r\t]/g, (c) => `\\${c.charCodeAt(0).toString(16).toUpperCase()} `);
  return `"${body}"`;
}

/**
 * The model path a print HTML element came from (see the plan's `Sourced`), as an attribute the preview reads to
 * lead a click back to its field. It is an attribute only: it changes neither the layout nor the printed text.
 */
export const PATH_ATTRIBUTE = 'data-bc-path';
export const pathAttr = (source: string | undefined) => (source ? ` ${PATH_ATTRIBUTE}="${escapeHtml(source)}"` : '');
