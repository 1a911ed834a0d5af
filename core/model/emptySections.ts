import type { Briefing } from './briefing.ts';
import { richTextLines } from './richText.ts';
import type { Section } from './sections.ts';

/**
 * A section with nothing in it to print. Exporters leave it out (a heading over nothing reads as a mistake) and
 * `briefing validate` warns about it; it stays in the file, so the user can still fill it in.
 */
export function isSectionEmpty(section: Section, briefing: Briefing): boolean {
  switch (section.type) {
    case 'attendees':
      return briefing.attendees.length === 0;
    case 'sites':
      return section.sites.length === 0;
    case 'remarks':
      return section.remarks.length === 0;
    case 'photos':
      return section.photoIds.length === 0;
    case 'text':
      return richTextLines(section.body).every((line) => line.trim() === '');
    case 'followUps':
      return section.items.length === 0;
    case 'distribution':
      return section.lines.length === 0 && !section.copies && !section.printedBy?.trim() && !section.printDate;
  }
}

/** Warnings, not errors: the visible sections that will not be printed, by path and heading. */
export function emptySectionWarnings(briefing: Briefing): { path: string; message: string }[] {
  return briefing.sections.flatMap((section, i) =>
    !section.hidden && isSectionEmpty(section, briefing)
      ? [{ path: `sections[${i}]`, message: `the ${section.type} section${section.heading ? ` "${section.heading}"` : ''} is empty and is left out of the document` }]
      : [],
  );
}
