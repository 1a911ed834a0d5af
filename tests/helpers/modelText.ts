import {
  groupAttendees,
  richTextLines,
  visibleSections,
  type AttendeeGroup,
  type Briefing,
} from '../../core/model/index.ts';

/**
 * What the user typed, in the order a reader meets it: the title, then each visible section's text
 * (attendees by side in the template's order, distribution last). Independent of the layout plan on purpose,
 * so the exporters are checked against the model itself.
 */
export function modelTextInOrder(
  briefing: Briefing,
  groupOrder: readonly AttendeeGroup[],
  attendeeStyle: 'table' | 'run-in' = 'table',
): string[] {
  const caption = (id: string) => briefing.media.find((m) => m.id === id)?.caption ?? '';
  const sections = visibleSections(briefing);
  const ordered = [...sections.filter((s) => s.type !== 'distribution'), ...sections.filter((s) => s.type === 'distribution')];
  const out: string[] = [briefing.meta.title];
  for (const section of ordered) {
    if (section.heading) out.push(section.heading);
    switch (section.type) {
      case 'attendees':
        for (const run of groupAttendees(briefing.attendees, groupOrder)) {
          // A run-in sentence names the delegation's leaders first ("…带队，…参加调研"); a table keeps protocol order.
          const people = attendeeStyle === 'run-in' && run.group === 'delegation'
            ? [...run.attendees.filter((a) => a.leader), ...run.attendees.filter((a) => !a.leader)]
            : run.attendees;
          out.push(...people.map((a) => a.name));
        }
        break;
      case 'sites':
        for (const site of section.sites) out.push(site.name, ...richTextLines(site.description), ...site.photoIds.map(caption));
        break;
      case 'remarks':
        for (const remark of section.remarks) out.push(...richTextLines(remark.body));
        break;
      case 'photos':
        out.push(...section.photoIds.map(caption));
        break;
      case 'text':
        out.push(...richTextLines(section.body));
        break;
      case 'followUps':
        out.push(...section.items.map((item) => item.action));
        break;
      case 'distribution':
        out.push(...section.lines.map((line) => line.recipients));
        break;
    }
  }
  return out.filter((t) => t.trim() !== '');
}

/** Characters XML 1.0 forbids: exporters drop them, so comparisons drop them too. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Whitespace and forbidden characters removed: readers disagree about spaces, never about letters. */
export function squash(text: string): string {
  return text.replace(FORBIDDEN, '').replace(/\s+/g, '');
}

/** Index of the first needle not found after the previous one, or -1 when all appear in order. */
export function firstOutOfOrder(haystack: string, needles: readonly string[]): number {
  const hay = squash(haystack);
  let at = 0;
  for (let i = 0; i < needles.length; i++) {
    const needle = squash(needles[i]!);
    if (needle === '') continue;
    const found = hay.indexOf(needle, at);
    if (found < 0) return i;
    at = found + needle.length;
  }
  return -1;
}
