import { z } from 'zod';

export const ATTENDEE_GROUPS = ['delegation', 'host', 'accompanying', 'other'] as const;
export const AttendeeGroupSchema = z.enum(ATTENDEE_GROUPS);
export type AttendeeGroup = z.infer<typeof AttendeeGroupSchema>;

export const AttendeeSchema = z.object({
  id: z.string().min(1),
  /** May be blank while the user is still typing (a draft); export requires it (see completeness.ts). */
  name: z.string(),
  title: z.string().optional(),
  organisation: z.string().optional(),
  group: AttendeeGroupSchema,
  leader: z.boolean().default(false),
});
export type Attendee = z.infer<typeof AttendeeSchema>;

export interface AttendeeGroupRun {
  group: AttendeeGroup;
  attendees: Attendee[];
}

/**
 * Attendees split by side, sides in the template's order, each side in protocol order (the order the user gave).
 * Every exporter lists attendees through this, so DOCX, print HTML and the tests agree on the order.
 */
export function groupAttendees(
  attendees: readonly Attendee[],
  groupOrder: readonly AttendeeGroup[] = ATTENDEE_GROUPS,
): AttendeeGroupRun[] {
  const order = [...groupOrder, ...ATTENDEE_GROUPS.filter((g) => !groupOrder.includes(g))];
  return order
    .map((group) => ({ group, attendees: attendees.filter((a) => a.group === group) }))
    .filter((run) => run.attendees.length > 0);
}

export function isLeader(attendee: Attendee): boolean {
  return attendee.leader;
}

/** "Zhang Xiaoqin, deputy director" — the name with its title, as lists and run-in sentences print it. */
export function nameWithTitle(attendee: Attendee, separator = ', '): string {
  return attendee.title ? `${attendee.name}${separator}${attendee.title}` : attendee.name;
}
