import { newBriefing, newId, newSection, type Attendee, type Briefing, type Language } from '../model/index.ts';
import type { IssueRef, Series } from './schema.ts';

export interface NewIssueOptions {
  language: Language;
  labels: { title: string; summary: string };
  /** The standing attendees the user ticked (indexes into series.standingAttendees); none unless asked. */
  standingAttendees?: readonly number[];
}

/**
 * The next issue of a series: what belongs to the series carries over (template, issuing office, recipients,
 * copies, printer, the ticked standing attendees) and nothing of any earlier issue's content does.
 */
export function briefingForIssue(series: Series, number: IssueRef, options: NewIssueOptions): Briefing {
  const briefing = newBriefing(series.templateId, options.language, options.labels);
  const meta: Briefing['meta'] = {
    ...briefing.meta,
    issueNumber: String(number.issue),
    ...(number.total !== undefined ? { totalIssueNumber: String(number.total) } : {}),
    ...(number.supplement ? { supplement: true } : {}),
    seriesId: series.id,
    ...(series.issuingOffice?.trim() ? { issuingOffice: series.issuingOffice.trim() } : {}),
  };
  const chosen = new Set(options.standingAttendees ?? []);
  const attendees: Attendee[] = series.standingAttendees
    .filter((_, index) => chosen.has(index))
    .map((a) => ({
      id: newId('a'),
      name: a.name,
      ...(a.title ? { title: a.title } : {}),
      ...(a.organisation ? { organisation: a.organisation } : {}),
      group: a.group,
      leader: a.leader,
    }));
  const hasDistribution = briefing.sections.some((s) => s.type === 'distribution');
  const carriesDistribution = series.recipients.length > 0 || series.copies !== undefined || !!series.printedBy;
  const sections = hasDistribution || !carriesDistribution ? briefing.sections : [...briefing.sections, newSection('distribution')];
  return {
    ...briefing,
    meta,
    attendees,
    sections: sections.map((section) =>
      section.type === 'distribution'
        ? {
            ...section,
            lines: series.recipients.map((line) => ({ ...line })),
            ...(series.copies !== undefined ? { copies: series.copies } : {}),
            ...(series.printedBy ? { printedBy: series.printedBy } : {}),
          }
        : section,
    ),
  };
}
