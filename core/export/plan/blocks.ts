import type { ImageMimeType, PhotoLayout } from '../../model/index.ts';
import type { AddresseesBlock, AttachmentsBlock, MarkLine, SignersLine } from './gongwen.ts';

/**
 * The layout plan: a briefing laid out for one template as a flat list of typed blocks, with every number,
 * label, date and sentence already decided. DOCX and print HTML are both plain mappings of this plan, which is
 * why they always agree on order, numbering and wording.
 */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

/**
 * Where a block came from in the briefing, as a model path ("sections[2].body[3]", "sections[1].sites[0]",
 * "meta.title"), so the preview can lead a click back to the field. Optional: it never changes the layout.
 */
export interface Sourced {
  source?: string;
}

export interface HeadingBlock extends Sourced {
  kind: 'heading';
  /** 1: section heading, 2: a site, 3: a level-1 heading inside rich text, 4: a deeper one. */
  level: 1 | 2 | 3 | 4;
  /** The formatted number with its separator ("一、", "（二）", "1.2 "), printed right before the text; may be empty. */
  number: string;
  text: string;
}

export interface ParagraphBlock extends Sourced {
  kind: 'paragraph';
  runs: Run[];
  /**
   * body: indented body text; quote: a block quote; plain: body font, no first-line indent (run-in lists);
   * credits: the 撰稿/审核 line, set flush right.
   */
  style: 'body' | 'quote' | 'plain' | 'credits';
}

export interface ListBlock extends Sourced {
  kind: 'list';
  ordered: boolean;
  items: Run[][];
  /**
   * Each item's level (0 the list's own, 1 under the item before it…), parallel to items; absent when every item is
   * at level 0. Never more than one deeper than the item before (see listLevels), so nesting is always well formed.
   */
  levels?: number[];
}

/** A table typed or pasted into rich text: cells of runs, every row as long as the longest. */
export interface RichTableBlock extends Sourced {
  kind: 'richTable';
  /** The first row is a header row: bold, repeated on every page. */
  header: boolean;
  /** Column widths as fractions of the type area, summing to 1. */
  widths: number[];
  rows: Run[][][];
}

export interface FigureBlock extends Sourced {
  kind: 'figure';
  /**
   * How the run of figures this one belongs to is laid out (see PhotoLayout). Consecutive figures of one section
   * share it; the exporters set such a run in rows.
   */
  layout: PhotoLayout;
  mediaId: string;
  mimeType: ImageMimeType;
  widthPx: number;
  heightPx: number;
  /** The running figure number across the document (1-based). */
  number: number;
  /** The full caption line as printed: "图1　展厅" / "Figure 1. The exhibition hall". */
  caption: string;
  /** The label part alone ("图1", "Figure 1"), so DOCX can turn the number into a SEQ field. */
  captionLabel: string;
  captionNumberText: string;
  /** What follows the number in the printed caption (separator included). */
  captionRest: string;
  credit?: string;
}

export interface TableBlock extends Sourced {
  kind: 'table';
  /** attendees: grouped rows of people; followUps: action/owner/due. */
  role: 'attendees' | 'followUps';
  header: string[];
  /** Column widths as fractions of the type area, summing to 1. */
  widths: number[];
  /** rowSources: each row's model path ("attendees[4]", "sections[5].items[0]"), parallel to rows. */
  groups: { label?: string; rows: string[][]; rowSources?: string[] }[];
}

export interface DistributionBlock extends Sourced {
  kind: 'distribution';
  lines: { label: string; text: string }[];
  /** "某某办公室　2022年6月10日印发" */
  printedBy?: string;
  /** "（共印20份）" */
  copies?: string;
  atFootOfLastPage: boolean;
}

/**
 * A section with nothing to print, at its place in the outline: only a plan built for the live preview has these
 * (buildPlan's `emptySections`), which shows them greyed; documents never print them.
 */
export interface EmptySectionBlock extends Sourced {
  kind: 'emptySection';
  /** The heading the section would print, without a number (it takes none). */
  text: string;
}

export type Block =
  | HeadingBlock
  | ParagraphBlock
  | ListBlock
  | FigureBlock
  | TableBlock
  | RichTableBlock
  | DistributionBlock
  | AddresseesBlock
  | AttachmentsBlock
  | EmptySectionBlock;

/**
 * What the top of the first page prints, top to bottom:
 * cn-red-header — marks (top left), name (large, red, centred), issue line, then office (left) and date (right), a red rule;
 * letterhead — marks, logo with organisation, name (the document kind), issue line, a rule. Its date is in metaLines.
 */
export interface Masthead {
  layout: 'cn-red-header' | 'letterhead';
  name: string;
  organisation?: string;
  logo?: string;
  /** "第12期" / "No. 12", absent when the briefing has no issue number. */
  issueLine?: string;
  office?: string;
  date: string;
  /** The top-left lines' text, in order (份号, 密级★期限, 紧急程度…): markLines, as strings. */
  marks: string[];
  /** 份号, 密级★保密期限, 紧急程度, printed at the top left as GB/T 9704 places them (see gongwen.ts). */
  markLines: MarkLine[];
  /** 签发人 on the right of the issue line (red 版头). */
  signers?: SignersLine;
}

export interface LayoutPlan {
  language: 'zh-CN' | 'en';
  masthead: Masthead;
  title: string;
  subtitle?: string;
  /** Label/value lines under the title (letterhead reports): Date, Location, Organisation visited… */
  metaLines: { label: string; value: string }[];
  blocks: Block[];
  /** Document properties. */
  properties: { title: string; author?: string; subject: string };
}
