import { z } from 'zod';
import { AttendeeGroupSchema, RecipientLineSchema } from '../model/index.ts';

/** A series id names its file (`<id>.json`), so it is kept to what every file system accepts. */
export const SeriesIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'lower-case letters, digits and "-", at most 64');

const count = z.number().int().nonnegative();
const year = z.number().int().min(1900).max(9999);

/**
 * The last numbers handed out: regular issues restart every 1 January (第1期) while the running total (总第N期)
 * keeps counting; supplements (增刊) have their own yearly counter and no total. 0 means none yet.
 */
export const SeriesCounterSchema = z.object({
  year,
  issue: count,
  total: count,
  supplementYear: year,
  supplement: count,
});
export type SeriesCounter = z.infer<typeof SeriesCounterSchema>;

/** Someone who attends every issue (the standing leader of a meeting), offered to each new issue. */
export const StandingAttendeeSchema = z.object({
  name: z.string().min(1, 'required').max(200),
  title: z.string().max(200).optional(),
  organisation: z.string().max(200).optional(),
  group: AttendeeGroupSchema,
  leader: z.boolean().default(false),
});
export type StandingAttendee = z.infer<typeof StandingAttendeeSchema>;

export const SERIES_FORMAT_VERSION = 1;

export const SeriesSchema = z.object({
  formatVersion: z.literal(SERIES_FORMAT_VERSION),
  id: SeriesIdSchema,
  /** "江州市人大常委会 工作简报" */
  name: z.string().trim().min(1, 'required').max(200),
  templateId: z.string().min(1, 'required').max(200),
  issuingOffice: z.string().max(200).optional(),
  /** 报 / 送 / 发 lines of the distribution section (版记), carried into every issue. */
  recipients: z.array(RecipientLineSchema).max(20).default([]),
  copies: z.number().int().positive().max(1_000_000).optional(),
  printedBy: z.string().max(200).optional(),
  standingAttendees: z.array(StandingAttendeeSchema).max(200).default([]),
  counter: SeriesCounterSchema,
  /** Bumped by every write; a save names the revision it started from, so two editors never overwrite each other. */
  revision: count.default(0),
});
export type Series = z.infer<typeof SeriesSchema>;
export type SeriesInput = z.input<typeof SeriesSchema>;

/** One number as handed out: 2026 第13期 总第149期, or 2026 增刊第2期 (no total). */
export const IssueRefSchema = z.object({
  year,
  issue: z.number().int().positive(),
  total: z.number().int().positive().optional(),
  supplement: z.boolean(),
});
export type IssueRef = z.infer<typeof IssueRefSchema>;

/** Where a series file lives: this computer's data folder, or a shared folder the whole office uses. */
export const SERIES_SOURCES = ['user', 'shared'] as const;
export const SeriesSourceSchema = z.enum(SERIES_SOURCES);
export type SeriesSource = z.infer<typeof SeriesSourceSchema>;

/** A series as the checker's 期号 rule sees it: the numbers handed out so far (the checker reads no files). */
export interface SeriesNumbers {
  id: string;
  name: string;
  numbers: readonly IssueRef[];
}
