import { missingContent, type Briefing, type Section } from '../../../../core/model/index.ts';
import { recipientsFieldId } from '../../sections/distribution/DistributionLine.tsx';
import { followUpFieldId } from '../../sections/followUps/followUpColumns.tsx';
import { DETAILS } from '../editor/sectionLabel.ts';

/** The field a blank is in, by the key of its label in the `sections` namespace. */
export type ProblemField = 'metaTitle' | 'attendee_name' | 'siteName' | 'remarkSpeaker' | 'textHeading' | 'followUpAction' | 'distributionRecipients';

/**
 * One blank an export cannot leave, located the way the user finds it: the outline entry (DETAILS or a section
 * id), the field's DOM id to focus, its label, and for a row or item its 1-based position.
 */
export interface ExportProblem {
  target: string;
  section?: Section;
  fieldId: string;
  field: ProblemField;
  /** 'row' in a table (attendees, follow-ups, distribution), 'item' in a list of cards (sites, remarks). */
  position?: { kind: 'row' | 'item'; n: number };
}

const AT_ATTENDEE = /^attendees\[(\d+)\]\.name$/;
const AT_SECTION = /^sections\[(\d+)\]\.(?:(sites|remarks|items|lines)\[(\d+)\]\.)?(.+)$/;

/**
 * Every blank that would stop an export, in document order. Built on missingContent, which the host checks
 * too, so the list here and the host's refusal never disagree; only their wording is the renderer's.
 */
export function exportProblems(briefing: Briefing): ExportProblem[] {
  const attendeesSection = briefing.sections.find((s) => s.type === 'attendees');
  return missingContent(briefing).flatMap((problem): ExportProblem[] => {
    if (problem.path === 'meta.title') return [{ target: DETAILS, fieldId: 'meta-title', field: 'metaTitle' }];
    const attendee = AT_ATTENDEE.exec(problem.path);
    if (attendee) {
      const index = Number(attendee[1]);
      const person = briefing.attendees[index];
      if (!person) return [];
      return [{
        target: attendeesSection?.id ?? DETAILS,
        ...(attendeesSection ? { section: attendeesSection } : {}),
        fieldId: `attendee-${person.id}-name`,
        field: 'attendee_name',
        position: { kind: 'row', n: index + 1 },
      }];
    }
    const at = AT_SECTION.exec(problem.path);
    const section = at ? briefing.sections[Number(at[1])] : undefined;
    if (!at || !section) return [];
    const index = Number(at[3]);
    const base = { target: section.id, section };
    if (section.type === 'text') return [{ ...base, fieldId: `text-${section.id}-heading`, field: 'textHeading' }];
    if (section.type === 'sites') {
      const site = section.sites[index];
      return site ? [{ ...base, fieldId: `site-${site.id}-name`, field: 'siteName', position: { kind: 'item', n: index + 1 } }] : [];
    }
    if (section.type === 'remarks') {
      const remark = section.remarks[index];
      return remark ? [{ ...base, fieldId: `remark-${remark.id}-speaker`, field: 'remarkSpeaker', position: { kind: 'item', n: index + 1 } }] : [];
    }
    if (section.type === 'followUps') {
      const item = section.items[index];
      return item ? [{ ...base, fieldId: followUpFieldId(item.id, 'action'), field: 'followUpAction', position: { kind: 'row', n: index + 1 } }] : [];
    }
    if (section.type === 'distribution') {
      return [{ ...base, fieldId: recipientsFieldId(section.id, index), field: 'distributionRecipients', position: { kind: 'row', n: index + 1 } }];
    }
    return [];
  });
}

/** How many blanks each outline entry holds, as "id:count" joined, so a selector can compare it as a string. */
export function problemCounts(briefing: Briefing): string {
  const counts = new Map<string, number>();
  for (const p of exportProblems(briefing)) counts.set(p.target, (counts.get(p.target) ?? 0) + 1);
  return [...counts].map(([id, n]) => `${id}:${n}`).join(',');
}
