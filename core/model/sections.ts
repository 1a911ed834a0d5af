import { z } from 'zod';
import { RichTextSchema } from './richText.ts';
import { IsoDateSchema } from './dates.ts';

/**
 * Text the user types (names, headings, actions, recipients) may be blank in a saved draft: a half-filled row must
 * never stop a save or an autosave. Export requires it: see completeness.ts.
 */
const sectionBase = {
  id: z.string().min(1, 'required'),
  /** Overrides the template's default heading for this section type. */
  heading: z.string().optional(),
  /** Hidden sections stay in the document but are not exported. */
  hidden: z.boolean().optional(),
};

/** How a section's photos are laid out: one a row at full width, two side by side, or 2×2 kept together. */
export const PHOTO_LAYOUTS = ['one', 'two', 'grid'] as const;
export const PhotoLayoutSchema = z.enum(PHOTO_LAYOUTS);
export type PhotoLayout = z.infer<typeof PhotoLayoutSchema>;

export const AttendeesSectionSchema = z.object({ ...sectionBase, type: z.literal('attendees') });

export const SiteSchema = z.object({
  id: z.string().min(1, 'required'),
  name: z.string(),
  time: z.string().optional(),
  description: RichTextSchema.default([]),
  photoIds: z.array(z.string()).default([]),
});
export type Site = z.infer<typeof SiteSchema>;
export const SitesSectionSchema = z.object({
  ...sectionBase,
  type: z.literal('sites'),
  sites: z.array(SiteSchema),
  /** The sites' photos; the template's default when absent. */
  photoLayout: PhotoLayoutSchema.optional(),
});

/** Who spoke: one of the attendees, or a free name for someone not on the list. */
export const SpeakerSchema = z.union([
  z.object({ attendeeId: z.string().min(1, 'required') }).strict(),
  z.object({ name: z.string() }).strict(),
]);
export type Speaker = z.infer<typeof SpeakerSchema>;

export const RemarkSchema = z.object({
  id: z.string().min(1, 'required'),
  speaker: SpeakerSchema,
  /** "Host", "Delegation leader", 主持人… printed with the speaker's name. */
  role: z.string().optional(),
  body: RichTextSchema,
});
export type Remark = z.infer<typeof RemarkSchema>;
export const RemarksSectionSchema = z.object({
  ...sectionBase,
  type: z.literal('remarks'),
  remarks: z.array(RemarkSchema),
});

export const PhotosSectionSchema = z.object({
  ...sectionBase,
  type: z.literal('photos'),
  photoIds: z.array(z.string()),
  /** The template's default when absent. */
  photoLayout: PhotoLayoutSchema.optional(),
});

export const TextSectionSchema = z.object({
  ...sectionBase,
  type: z.literal('text'),
  heading: z.string(),
  body: RichTextSchema,
});

export const FollowUpSchema = z.object({
  id: z.string().min(1, 'required'),
  action: z.string(),
  owner: z.string().optional(),
  due: IsoDateSchema.optional(),
});
export type FollowUp = z.infer<typeof FollowUpSchema>;
export const FollowUpsSectionSchema = z.object({
  ...sectionBase,
  type: z.literal('followUps'),
  items: z.array(FollowUpSchema),
});

/** 报 (report to superiors), 送 (send to peers), 发 (issue to subordinates). */
export const RECIPIENT_KINDS = ['report', 'send', 'issue'] as const;
export const RecipientLineSchema = z.object({
  kind: z.enum(RECIPIENT_KINDS),
  recipients: z.string(),
});
export type RecipientLine = z.infer<typeof RecipientLineSchema>;
export const DistributionSectionSchema = z.object({
  ...sectionBase,
  type: z.literal('distribution'),
  lines: z.array(RecipientLineSchema),
  copies: z.number().int().positive().optional(),
  printedBy: z.string().optional(),
  printDate: IsoDateSchema.optional(),
});

export const SectionSchema = z.discriminatedUnion('type', [
  AttendeesSectionSchema,
  SitesSectionSchema,
  RemarksSectionSchema,
  PhotosSectionSchema,
  TextSectionSchema,
  FollowUpsSectionSchema,
  DistributionSectionSchema,
]);
export type Section = z.infer<typeof SectionSchema>;
export type SectionType = Section['type'];
export type SectionOf<T extends SectionType> = Extract<Section, { type: T }>;
export type AttendeesSection = SectionOf<'attendees'>;
export type SitesSection = SectionOf<'sites'>;
export type RemarksSection = SectionOf<'remarks'>;
export type PhotosSection = SectionOf<'photos'>;
export type TextSection = SectionOf<'text'>;
export type FollowUpsSection = SectionOf<'followUps'>;
export type DistributionSection = SectionOf<'distribution'>;
export const SECTION_TYPES: readonly SectionType[] = [
  'attendees',
  'sites',
  'remarks',
  'photos',
  'text',
  'followUps',
  'distribution',
];
