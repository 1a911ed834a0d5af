import { z } from 'zod';
import { IsoDateSchema, TimeOfDaySchema } from './dates.ts';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export const LanguageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof LanguageSchema>;

export const MetaSchema = z.object({
  /** May be blank in a draft; export requires it (see completeness.ts). */
  title: z.string(),
  subtitle: z.string().optional(),
  /** "12" is printed through the template's issue pattern (第12期 / No. 12); anything else as written. */
  issueNumber: z.string().optional(),
  totalIssueNumber: z.string().optional(),
  supplement: z.boolean().optional(),
  seriesId: z.string().optional(),
  visitDate: IsoDateSchema,
  startTime: TimeOfDaySchema.optional(),
  endTime: TimeOfDaySchema.optional(),
  location: z.string().optional(),
  organisationVisited: z.string().optional(),
  issuingOffice: z.string().optional(),
  author: z.string().optional(),
  reviewer: z.string().optional(),
  classification: z.string().optional(),
  urgency: z.string().optional(),
  language: LanguageSchema,
  templateId: z.string().min(1, 'required'),
});
export type Meta = z.infer<typeof MetaSchema>;
