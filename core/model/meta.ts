import { z } from 'zod';
import { IsoDateSchema, TimeOfDaySchema } from './dates.ts';
import { CopyNumberSchema, ListEntrySchema, SecrecyLevelSchema, SecrecyTermSchema, UrgencyLevelSchema } from './gongwen.ts';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export const LanguageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof LanguageSchema>;

export const MetaSchema = z
  .object({
    /** May be blank in a draft; export requires it (see completeness.ts). */
    title: z.string(),
    subtitle: z.string().optional(),
    /** "12" is printed through the template's issue pattern (第12期 / No. 12); anything else as written. */
    issueNumber: z.string().optional(),
    /** The running total across years: "148" prints 总第148期; anything else as written. */
    totalIssueNumber: z.string().optional(),
    /** 增刊: a supplement, numbered apart from the regular issues (增刊第2期). */
    supplement: z.boolean().optional(),
    /** The bulletin series this issue belongs to (not printed). */
    seriesId: z.string().optional(),
    visitDate: IsoDateSchema,
    startTime: TimeOfDaySchema.optional(),
    endTime: TimeOfDaySchema.optional(),
    location: z.string().optional(),
    organisationVisited: z.string().optional(),
    issuingOffice: z.string().optional(),
    author: z.string().optional(),
    reviewer: z.string().optional(),
    /** 份号, six digits (GB/T 9704 7.2.1). */
    copyNumber: CopyNumberSchema.optional(),
    /** 密级 (GB/T 9704 7.2.2). */
    secrecyLevel: SecrecyLevelSchema.optional(),
    /** ★保密期限 after the level: "1年" prints 秘密★1年. Only with a level. */
    secrecyTerm: SecrecyTermSchema.optional(),
    /** 紧急程度 (GB/T 9704 7.2.3). */
    urgencyLevel: UrgencyLevelSchema.optional(),
    /** 签发人, in the order they are printed (GB/T 9704 7.2.6). */
    signers: z.array(ListEntrySchema).optional(),
    /** 主送机关, printed under the title (GB/T 9704 7.3.2): "各区县人民政府，市政府各部门". */
    addressees: z.string().optional(),
    /** 附件说明: the attachments' names, printed under the body as 附件：1. … (GB/T 9704 7.3.4). */
    attachments: z.array(ListEntrySchema).optional(),
    /**
     * Free text left from format 2 that names no 密级 (e.g. "内部资料"): kept and printed as written, and
     * `briefing validate` warns about it. New files use secrecyLevel/secrecyTerm.
     */
    classification: z.string().optional(),
    /** Free text left from format 2 that names no 紧急程度; kept as written, with a warning. New files use urgencyLevel. */
    urgency: z.string().optional(),
    language: LanguageSchema,
    templateId: z.string().min(1, 'required'),
  })
  .superRefine((meta, ctx) => {
    if (meta.secrecyTerm !== undefined && meta.secrecyLevel === undefined) {
      ctx.addIssue({ code: 'custom', path: ['secrecyTerm'], message: 'a secrecy term needs a secrecyLevel (绝密/机密/秘密)' });
    }
  });
export type Meta = z.infer<typeof MetaSchema>;
