import { z } from 'zod';
import { AttendeeGroupSchema, LanguageSchema, PhotoLayoutSchema } from '../model/index.ts';

/**
 * A template is data: this manifest plus asset files beside it. Every length is in points (pt) or millimetres (mm),
 * as the field name says, so a template author can copy numbers straight from a style guide.
 */

const hexColor = z.string().regex(/^#[0-9A-Fa-f]{6}$/, 'expected a colour as #RRGGBB');
const positive = z.number().positive();
/** A file name inside the template folder: never a path that could leave it. */
const assetName = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'an asset file name inside the template folder (no "/" or "..")');

/** Per-language text. The briefing's language picks one; the other is the fallback. */
export const LocalizedSchema = z.object({ 'zh-CN': z.string(), en: z.string() }).partial().refine(
  (v) => v['zh-CN'] !== undefined || v.en !== undefined,
  'needs at least one of "zh-CN" or "en"',
);
export type Localized = z.infer<typeof LocalizedSchema>;

/**
 * A font role. Families are fallback lists, first choice first: Windows names first (what Word will find on
 * a Chinese office PC), then what Linux/macOS have. DOCX takes the first; print HTML takes all.
 */
export const FontRoleSchema = z.object({
  latin: z.array(z.string().min(1)).min(1),
  eastAsia: z.array(z.string().min(1)).min(1),
  sizePt: positive,
  bold: z.boolean().default(false),
  italic: z.boolean().default(false),
  color: hexColor.optional(),
});
export type FontRole = z.infer<typeof FontRoleSchema>;

export const PAGE_SIZES = { A4: { widthMm: 210, heightMm: 297 }, Letter: { widthMm: 215.9, heightMm: 279.4 } } as const;
export const PageSizeNameSchema = z.enum(['A4', 'Letter']);
export type PageSizeName = z.infer<typeof PageSizeNameSchema>;

export const PageSchema = z.object({
  size: PageSizeNameSchema,
  /** Sizes a user may switch to at export time (the first is `size`'s default). */
  sizeChoices: z.array(PageSizeNameSchema).default([]),
  orientation: z.enum(['portrait', 'landscape']).default('portrait'),
  marginsMm: z.object({ top: positive, bottom: positive, left: positive, right: positive }),
  /** Distance from the page edge to the header / footer text. */
  headerDistanceMm: positive.default(12),
  footerDistanceMm: positive.default(12),
});

export const LineSpacingSchema = z.union([
  z.object({ exactPt: positive }).strict(),
  z.object({ multiple: positive }).strict(),
]);
export type LineSpacing = z.infer<typeof LineSpacingSchema>;

export const BodySchema = z.object({
  lineSpacing: LineSpacingSchema,
  firstLineIndentChars: z.number().min(0).default(0),
  spaceAfterPt: z.number().min(0).default(0),
  align: z.enum(['left', 'justify']).default('justify'),
  /** A fixed grid (GB/T 9704: 22 lines of 28 characters). Word gets a document grid; print HTML gets the pitch. */
  grid: z.object({ linesPerPage: z.number().int().positive(), charsPerLine: z.number().int().positive() }).optional(),
});

/**
 * A heading number pattern. `{1}`..`{4}` are the counters of levels 1..4; `{2:cn}` writes a counter in Chinese
 * numerals (一, 二, … 十一). E.g. Chinese official style: "{1:cn}、", "（{2:cn}）", "{3}.", "（{4}）";
 * decimal style: "{1}.", "{1}.{2}", "{1}.{2}.{3}".
 */
export const NumberPatternSchema = z
  .string()
  .regex(/^([^{}]|\{[1-4](:cn)?\})*$/, 'only {1}..{4} or {1:cn}..{4:cn} may appear in braces');

export const HeadingLevelSchema = z.object({
  font: FontRoleSchema,
  number: NumberPatternSchema.optional(),
  /** Printed between the number and the text: "" after "一、", " " after "1.2". */
  numberSeparator: z.string().default(''),
  align: z.enum(['left', 'center']).default('left'),
  indentChars: z.number().min(0).default(0),
  spaceBeforePt: z.number().min(0).default(0),
  spaceAfterPt: z.number().min(0).default(0),
});
export type HeadingLevel = z.infer<typeof HeadingLevelSchema>;

export const MastheadSchema = z.object({
  /** "cn-red-header": bulletin name, issue line, office|date line, red rule. "letterhead": logo + organisation. */
  layout: z.enum(['cn-red-header', 'letterhead']),
  /** The bulletin or document kind: 工作简报, Visit Report. */
  name: LocalizedSchema,
  nameFont: FontRoleSchema,
  organisation: LocalizedSchema.optional(),
  logo: assetName.optional(),
  logoHeightMm: positive.default(14),
  /** "第{n}期" / "No. {n}": used when the briefing's issue number is digits only. */
  issuePattern: LocalizedSchema,
  showOfficeAndDate: z.boolean().default(true),
  rule: z.object({ color: hexColor, widthPt: positive }),
});

export const AttendeesLayoutSchema = z.object({
  style: z.enum(['table', 'run-in']),
  groupOrder: z.array(AttendeeGroupSchema).default(['delegation', 'host', 'accompanying', 'other']),
  /**
   * Run-in sentence parts, per language. `{names}` is the list of "title name" joined by `nameSeparator`.
   * E.g. zh-CN leader "{names}带队", members "{names}参加调研", host "{names}陪同".
   */
  runIn: z
    .object({
      leader: LocalizedSchema,
      delegation: LocalizedSchema,
      host: LocalizedSchema,
      accompanying: LocalizedSchema,
      other: LocalizedSchema,
      nameSeparator: LocalizedSchema,
      clauseSeparator: LocalizedSchema,
      end: LocalizedSchema,
    })
    .optional(),
});

export const PageNumbersSchema = z.object({
  /** `{n}` the page, `{total}` the page count: "— {n} —", "Page {n} of {total}". */
  pattern: LocalizedSchema,
  font: FontRoleSchema,
  /** Where the number sits on odd (right-hand) and even (left-hand) pages. */
  odd: z.enum(['left', 'center', 'right']),
  even: z.enum(['left', 'center', 'right']),
  /** How far in from the margin edge, in characters of the page-number font (GB/T 9704: one character). */
  insetChars: z.number().min(0).default(0),
  /** Count the page in a different first page? GB/T briefings number the first page too. */
  numberFirstPage: z.boolean().default(true),
});

export const CaptionsSchema = z.object({
  /** `{label}` 图 / Figure, `{n}` the running number, `{caption}` the user's caption. */
  label: LocalizedSchema,
  pattern: LocalizedSchema,
  font: FontRoleSchema,
  align: z.enum(['left', 'center']).default('center'),
});

/** How photos are laid out when a section does not choose: `layout`, with `gapMm` between side-by-side photos. */
export const PhotosLayoutSchema = z.object({
  layout: PhotoLayoutSchema.default('one'),
  gapMm: z.number().min(0).default(6),
});

export const DateFormatSchema = z.enum(['zh-long', 'en-long', 'iso']);

/**
 * The opening sentence that says when and where: "2025年3月18日，调研组赴南宁市某某公司调研。" `{date}` the visit
 * date, `{time}` the `time` pattern filled with the start and end time (empty when there is none), `{place}` the
 * location and the organisation visited joined by `placeSeparator`. `withoutPlace` is used when neither is given.
 */
export const OpeningSchema = z.object({
  pattern: LocalizedSchema,
  withoutPlace: LocalizedSchema,
  time: LocalizedSchema,
  placeSeparator: LocalizedSchema,
});

/** The 撰稿/审核 line closing the body: `{credits}` is "撰稿：…" and "审核：…" (labels author/reviewer) joined by `separator`. */
export const CreditsLineSchema = z.object({ pattern: LocalizedSchema, separator: LocalizedSchema });

export const DistributionStyleSchema = z.object({
  labels: z.object({ report: LocalizedSchema, send: LocalizedSchema, issue: LocalizedSchema }),
  copiesPattern: LocalizedSchema,
  printedByPattern: LocalizedSchema,
  font: FontRoleSchema,
  ruleWidthPt: positive.default(0.75),
  /** GB/T 9704 puts the block at the foot of the last page. */
  atFootOfLastPage: z.boolean().default(true),
});

export const LABEL_KEYS = [
  'attendees',
  'sites',
  'remarks',
  'photos',
  'followUps',
  'distribution',
  'name',
  'title',
  'organisation',
  'group.delegation',
  'group.host',
  'group.accompanying',
  'group.other',
  'action',
  'owner',
  'due',
  'time',
  'location',
  'date',
  'author',
  'reviewer',
  'credit',
] as const;
export type LabelKey = (typeof LABEL_KEYS)[number];
const LabelsForLanguage = z.object(Object.fromEntries(LABEL_KEYS.map((k) => [k, z.string()])) as Record<LabelKey, z.ZodString>);

export const TemplateManifestSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and "-"'),
  name: LocalizedSchema,
  description: LocalizedSchema.optional(),
  language: LanguageSchema,
  page: PageSchema,
  colors: z.object({ text: hexColor, accent: hexColor }),
  fonts: z.object({
    body: FontRoleSchema,
    title: FontRoleSchema,
    subtitle: FontRoleSchema,
    table: FontRoleSchema,
    /**
     * Bold text (and table headers) in print HTML, when the body face has no bold of its own: a browser would
     * synthesise one, which prints as Type 3 fonts. GB/T 9704 sets emphasis in 黑体 instead; an English template
     * lists faces with a real bold. Only the families and the weight are used; the size stays the text's own.
     */
    emphasis: FontRoleSchema.optional(),
  }),
  body: BodySchema,
  title: z.object({ align: z.enum(['left', 'center']), spaceAfterPt: z.number().min(0).default(0) }),
  /**
   * Index 0 styles level 1 (section headings), 1 level 2 (sites), 2 level 3 (a level-1 heading inside rich text),
   * 3 level 4 (deeper rich-text headings): GB/T 9704's 一、（一）1.（1）. A template may give three; the fourth
   * then repeats the third without a number.
   */
  headings: z
    .array(HeadingLevelSchema)
    .min(3, 'give 3 or 4 heading levels')
    .max(4, 'give 3 or 4 heading levels')
    .transform(([h1, h2, h3, h4]): [HeadingLevel, HeadingLevel, HeadingLevel, HeadingLevel] => [
      h1!,
      h2!,
      h3!,
      h4 ?? { ...h3!, number: undefined },
    ]),
  masthead: MastheadSchema,
  attendees: AttendeesLayoutSchema,
  date: DateFormatSchema,
  opening: OpeningSchema.optional(),
  credits: CreditsLineSchema.optional(),
  pageNumbers: PageNumbersSchema,
  captions: CaptionsSchema,
  photos: PhotosLayoutSchema.default({ layout: 'one', gapMm: 6 }),
  distribution: DistributionStyleSchema,
  labels: z.object({ 'zh-CN': LabelsForLanguage, en: LabelsForLanguage }),
});
export type TemplateManifest = z.infer<typeof TemplateManifestSchema>;

/** A loaded template: the validated manifest and its asset bytes by file name. */
export interface Template {
  manifest: TemplateManifest;
  assets: ReadonlyMap<string, Uint8Array>;
}
