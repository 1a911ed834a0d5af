import { z } from 'zod';
import { AttendeeSchema } from './attendee.ts';
import { MediaItemSchema } from './media.ts';
import { MetaSchema } from './meta.ts';
import { SectionSchema, type Section } from './sections.ts';

/** The format version this build writes. Older files are migrated on load (see migrations/); newer ones refused. */
export const CURRENT_FORMAT_VERSION = 3;

const BriefingShape = z.object({
  formatVersion: z.literal(CURRENT_FORMAT_VERSION),
  meta: MetaSchema,
  attendees: z.array(AttendeeSchema),
  sections: z.array(SectionSchema),
  media: z.array(MediaItemSchema),
});

type Shape = z.infer<typeof BriefingShape>;

function reportDuplicates(ctx: z.RefinementCtx, ids: readonly string[], at: (index: number) => (string | number)[]) {
  const seen = new Set<string>();
  ids.forEach((id, index) => {
    if (seen.has(id)) ctx.addIssue({ code: 'custom', path: at(index), message: `duplicate id "${id}"` });
    seen.add(id);
  });
}

function photoReferences(section: Section): { ids: string[]; path: (i: number) => (string | number)[] }[] {
  if (section.type === 'photos') return [{ ids: section.photoIds, path: (i) => ['photoIds', i] }];
  if (section.type === 'sites') {
    return section.sites.map((site, s) => ({ ids: site.photoIds, path: (i) => ['sites', s, 'photoIds', i] }));
  }
  return [];
}

/** What zod's shape cannot say: ids are unique and every reference points at something that exists. */
function checkReferences(briefing: Shape, ctx: z.RefinementCtx): void {
  reportDuplicates(ctx, briefing.attendees.map((a) => a.id), (i) => ['attendees', i, 'id']);
  reportDuplicates(ctx, briefing.media.map((m) => m.id), (i) => ['media', i, 'id']);
  reportDuplicates(ctx, briefing.sections.map((s) => s.id), (i) => ['sections', i, 'id']);
  const attendeeIds = new Set(briefing.attendees.map((a) => a.id));
  const mediaIds = new Set(briefing.media.map((m) => m.id));
  briefing.sections.forEach((section, s) => {
    for (const ref of photoReferences(section)) {
      ref.ids.forEach((id, i) => {
        if (!mediaIds.has(id)) {
          ctx.addIssue({ code: 'custom', path: ['sections', s, ...ref.path(i)], message: `no media with id "${id}"` });
        }
      });
    }
    if (section.type === 'remarks') {
      section.remarks.forEach((remark, r) => {
        if ('attendeeId' in remark.speaker && !attendeeIds.has(remark.speaker.attendeeId)) {
          ctx.addIssue({
            code: 'custom',
            path: ['sections', s, 'remarks', r, 'speaker', 'attendeeId'],
            message: `no attendee with id "${remark.speaker.attendeeId}"`,
          });
        }
      });
    }
  });
}

export const BriefingSchema = BriefingShape.superRefine(checkReferences);
export type Briefing = z.infer<typeof BriefingSchema>;
