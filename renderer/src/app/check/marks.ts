import type { Finding, Severity } from '../../../../core/check/index.ts';
import type { Briefing } from '../../../../core/model/index.ts';
import type { Underline } from '../../richtext/underlines.ts';
import type { FieldCheck } from '../../sections/fields/fieldChecks.ts';
import { findingTarget } from './findingTarget.ts';

const RANK: Record<Severity, number> = { error: 3, warning: 2, hint: 1 };
const NO_UNDERLINES: readonly Underline[] = [];

/**
 * The findings arranged by field DOM id: underlines for rich-text blocks (findings with a range), the worst
 * severity for plain fields. A blank required field is left to the required-field hints, which wait until the
 * user has left it or an export asked for it.
 */
export function underlinesContextValue(findings: readonly Finding[], briefing: Briefing | undefined) {
  const underlines = new Map<string, Underline[]>();
  const worst = new Map<string, FieldCheck>();
  if (briefing) {
    for (const finding of findings) {
      if (finding.rule === 'required-field') continue;
      const at = findingTarget(briefing, finding.path);
      if (!at.fieldId) continue;
      if (at.blockPath) {
        if (!finding.range) continue;
        const list = underlines.get(at.fieldId) ?? [];
        list.push({ path: at.blockPath, start: finding.range.start, end: finding.range.end, severity: finding.severity });
        underlines.set(at.fieldId, list);
      } else {
        const current = worst.get(at.fieldId);
        if (!current || RANK[finding.severity] > RANK[current]) worst.set(at.fieldId, finding.severity);
      }
    }
  }
  return {
    underlines: (fieldId: string): readonly Underline[] => underlines.get(fieldId) ?? NO_UNDERLINES,
    fieldCheck: (fieldId: string): FieldCheck | undefined => worst.get(fieldId),
  };
}
