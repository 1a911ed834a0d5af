import type { Finding } from './types.ts';

/** The field's text with one finding's fix applied; the text unchanged when the finding has no range or fix. */
export function applyFix(text: string, finding: Pick<Finding, 'range' | 'fix'>): string {
  if (!finding.range || finding.fix === undefined) return text;
  return text.slice(0, finding.range.start) + finding.fix + text.slice(finding.range.end);
}

/**
 * Several fixes to one field, applied from the end so earlier ranges stay valid ("Fix all of this kind").
 * Overlapping ranges keep the first and drop the later one.
 */
export function applyFixes(text: string, findings: readonly Pick<Finding, 'range' | 'fix'>[]): string {
  const fixable = findings.filter((f) => f.range && f.fix !== undefined).sort((a, b) => a.range!.start - b.range!.start);
  const kept: typeof fixable = [];
  let end = -1;
  for (const f of fixable) {
    if (f.range!.start < end) continue;
    kept.push(f);
    end = f.range!.end;
  }
  return kept.reduceRight((acc, f) => applyFix(acc, f), text);
}
