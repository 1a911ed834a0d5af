import type { Attendee, Briefing, Section } from '../../../../core/model/index.ts';

function unlinkSpeaker(section: Section, attendee: Attendee): Section {
  if (section.type !== 'remarks') return section;
  let changed = false;
  const remarks = section.remarks.map((remark) => {
    if (!('attendeeId' in remark.speaker) || remark.speaker.attendeeId !== attendee.id) return remark;
    changed = true;
    // The remark keeps its speaker's name, so removing someone from the list never leaves a dangling reference.
    return { ...remark, speaker: { name: attendee.name.trim() || '?' } };
  });
  return changed ? { ...section, remarks } : section;
}

/** The briefing without one attendee; remarks that named them keep the name as free text. */
export function removeAttendee(briefing: Briefing, id: string): Briefing {
  const attendee = briefing.attendees.find((a) => a.id === id);
  if (!attendee) return briefing;
  return {
    ...briefing,
    attendees: briefing.attendees.filter((a) => a.id !== id),
    sections: briefing.sections.map((section) => unlinkSpeaker(section, attendee)),
  };
}

/** The briefing with one attendee changed by id. */
export function updateAttendee(briefing: Briefing, id: string, change: (a: Attendee) => Attendee): Briefing {
  return { ...briefing, attendees: briefing.attendees.map((a) => (a.id === id ? change(a) : a)) };
}
