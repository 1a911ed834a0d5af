import type { Briefing } from './briefing.ts';
import type { MediaItem, MediaStore } from './media.ts';
import type { Remark, Section } from './sections.ts';

/** A briefing with its image bytes: what is opened, saved and exported. */
export interface BriefingDocument {
  briefing: Briefing;
  media: MediaStore;
}

export function visibleSections(briefing: Briefing): Section[] {
  return briefing.sections.filter((section) => !section.hidden);
}

export function mediaById(briefing: Briefing, id: string): MediaItem | undefined {
  return briefing.media.find((item) => item.id === id);
}

/** The speaker's printed name: the attendee's name when the remark points at one, else the free name. */
export function speakerName(briefing: Briefing, remark: Remark): string {
  if ('name' in remark.speaker) return remark.speaker.name;
  const { attendeeId } = remark.speaker;
  return briefing.attendees.find((a) => a.id === attendeeId)?.name ?? attendeeId;
}
