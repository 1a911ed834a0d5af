import type { BriefingDocument } from '../../model/index.ts';
import type { Template, TemplateManifest } from '../../template/index.ts';
import type { LayoutPlan } from '../plan/index.ts';
import type { MediaSlots } from './media.ts';
import type { PageGeometry } from './units.ts';

/** What every part of the DOCX mapping reads: the plan, the template, the page and the image slots. */
export interface DocxContext {
  document: BriefingDocument;
  plan: LayoutPlan;
  template: Template;
  manifest: TemplateManifest;
  page: PageGeometry;
  media: MediaSlots;
  /** The language tag Word's proofing and the document properties get. */
  languageTag: string;
}

export const languageTagOf = (language: LayoutPlan['language']): string => (language === 'zh-CN' ? 'zh-CN' : 'en-GB');

/** Style ids, as Word knows them: built-in ids where Word has one, so its navigation pane and TOC work. */
export const STYLE = {
  normal: 'Normal',
  title: 'Title',
  subtitle: 'Subtitle',
  headings: ['Heading1', 'Heading2', 'Heading3', 'Heading4'],
  caption: 'Caption',
  quote: 'Quote',
  plain: 'BodyNoIndent',
  /** The 撰稿/审核 line, flush right. */
  credits: 'CreditsLine',
  /** Masthead, distribution and page-number lines: set in their own sizes, never on the character grid. */
  fixed: 'FixedLine',
  /** A figure's picture: a 1 pt font, so the line is the picture's height, with no text descent under it. */
  figureImage: 'FigureImage',
  listItem: 'ListParagraph',
  tableText: 'TableText',
  credit: 'FigureCredit',
  metaLine: 'MetaLine',
  table: 'BriefingTable',
} as const;
