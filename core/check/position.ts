import type { Finding } from './types.ts';

/**
 * A finding's 1-based line and column within its field's text: line counts "\n" before the range (a multi-line
 * plain field, or a soft break in a rich-text block), column is the UTF-16 offset in that line plus one. A finding
 * without a range is at 1:1 (it is about the whole field).
 */
export function lineAndColumn(text: string | undefined, finding: Pick<Finding, 'range'>): { line: number; column: number } {
  if (!finding.range || text === undefined) return { line: 1, column: 1 };
  const start = Math.min(finding.range.start, text.length);
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < start; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: start - lineStart + 1 };
}
