import type { Briefing } from '../model/index.ts';

export type Severity = 'error' | 'warning' | 'hint';

/** Every message is written in both languages: the editor and the CLI pick one, the other stays for the log. */
export interface Message {
  'zh-CN': string;
  en: string;
}

/** UTF-16 offsets into the field's plain text (for a rich-text block: its leaves' texts concatenated). */
export interface TextRange {
  start: number;
  end: number;
}

/** One thing a reviewer would correct, located by a validation-style path and, where it is in text, a range. */
export interface Finding {
  rule: string;
  severity: Severity;
  path: string;
  range?: TextRange;
  message: Message;
  /** The replacement for `range`: applying it is the whole fix. */
  fix?: string;
}

/** What a rule reports; the engine adds the rule's id and severity, so a rule cannot mislabel itself. */
export type RuleFinding = Omit<Finding, 'rule' | 'severity'>;

/** Which writing system a field is in: Chinese rules never judge English text and the other way round. */
export type Script = 'zh' | 'latin';

/**
 * What kind of text a field holds. Names are spaced for alignment on purpose (王  伟); titles and headings carry
 * no closing punctuation; body text carries everything else.
 */
export type FieldRole = 'title' | 'heading' | 'name' | 'label' | 'line' | 'body';

/** One user text field: a plain string, or one rich-text block (a paragraph, a heading, a quote or a list item). */
export interface TextField {
  path: string;
  text: string;
  role: FieldRole;
  script: Script;
  /** For rich-text blocks: the path of the rich text holding it, its block type and heading level. */
  richText?: { path: string; blockType: 'paragraph' | 'heading' | 'block-quote' | 'list-item'; level?: number; parentLevel: number };
}

export interface CheckOptions {
  /** The template the briefing will be exported with; the briefing's own when absent. */
  templateId?: string;
  disabledRules?: readonly string[];
  /** The briefing's series and the numbers it has handed out, for the 期号 rule (series-issue-gap). */
  series?: import('../series/schema.ts').SeriesNumbers;
}

export interface CheckContext {
  briefing: Briefing;
  fields: readonly TextField[];
  options: CheckOptions;
}

/**
 * A rule is a registered object: id, severity and a description in both languages for the settings list, and
 * either a per-field check (run once over every field) or a whole-document check (for consistency rules).
 */
export interface Rule {
  id: string;
  severity: Severity;
  description: Message;
  /** Only fields in these scripts are given to `field`; all when absent. */
  scripts?: readonly Script[];
  /** Fields of these roles are skipped. */
  skipRoles?: readonly FieldRole[];
  field?(field: TextField, ctx: CheckContext): RuleFinding[];
  document?(ctx: CheckContext): RuleFinding[];
}
