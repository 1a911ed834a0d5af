import { SECRECY_LABELS, URGENCY_LABELS, type Briefing, type Language } from '../../model/index.ts';
import { fillPattern, localize, type TemplateManifest } from '../../template/index.ts';
import type { Sourced } from './blocks.ts';

/**
 * The 公文 elements of GB/T 9704-2012 as the plan prints them. A template with the red 版头 (cn-red-header) gets
 * them where the standard puts them: 份号, 密级★保密期限 and 紧急程度 top left of the type area, one a line in that
 * order (7.2.1–7.2.3); 签发人 on the right of the issue line (7.2.6); 主送机关 under the title (7.3.2); 附件说明 under
 * the body (7.3.4). A letterhead report has no place for them in the standard's sense, so it prints them plainly
 * and labelled ("Classification: Confidential, 1 year") in the same order, at the same places.
 */

export type MarkKind = 'copyNumber' | 'secrecy' | 'urgency' | 'signers' | 'note';

/** One line at the top left, above the masthead. */
export interface MarkLine {
  kind: MarkKind;
  text: string;
  source: string;
}

/** 签发人 on the issue line (red 版头 only): the label in the body face, the names in 楷体. */
export interface SignersLine {
  label: string;
  names: string[];
  source: string;
}

/** 主送机关, flush left under the title, ending in a colon. */
export interface AddresseesBlock extends Sourced {
  kind: 'addressees';
  text: string;
}

/** 附件说明: "附件：" then the names, numbered when there are several; wrapped lines align with the first name. */
export interface AttachmentsBlock extends Sourced {
  kind: 'attachments';
  label: string;
  /** Each attachment's number ("1.", empty when there is only one) and name. */
  items: { number: string; name: string }[];
  /** Left indent in characters (GB/T: 左空二字). */
  indentChars: number;
}

type Words = { copyNumber: string; secrecy: string; urgency: string; signers: string; addressees: string; attachments: string };

const LABELS: Record<Language, Words> = {
  'zh-CN': { copyNumber: '份号', secrecy: '密级', urgency: '紧急程度', signers: '签发人', addressees: '主送', attachments: '附件' },
  en: { copyNumber: 'Copy No.', secrecy: 'Classification', urgency: 'Precedence', signers: 'Signed off by', addressees: 'To', attachments: 'Attachments' },
};

const colonOf = (language: Language) => (language === 'zh-CN' ? '：' : ': ');
const isRedHeader = (manifest: TemplateManifest) => manifest.masthead.layout === 'cn-red-header';
const filled = (text: string | undefined): text is string => text !== undefined && text.trim() !== '';

function secrecyText(briefing: Briefing, gbt: boolean): string | undefined {
  const { secrecyLevel, secrecyTerm, language } = briefing.meta;
  if (!secrecyLevel) return undefined;
  const level = SECRECY_LABELS[secrecyLevel][language];
  const term = secrecyTerm?.trim();
  if (!term) return level;
  // GB/T 9704 7.2.2: "秘密★1年". A plain English report says it in words.
  return gbt || language === 'zh-CN' ? `${level}★${term}` : `${level}, ${term}`;
}

function signerNames(briefing: Briefing): string[] {
  return (briefing.meta.signers ?? []).map((name) => name.trim()).filter((name) => name !== '');
}

/** The lines at the top left: 份号, 密级★期限, 紧急程度 (and any free text kept from format 2 beside its kind). */
export function markLines(briefing: Briefing, manifest: TemplateManifest): MarkLine[] {
  const { meta } = briefing;
  const language = meta.language;
  const gbt = isRedHeader(manifest);
  const words = LABELS[language];
  const labelled = (key: keyof Words, value: string) => (gbt ? value : `${words[key]}${colonOf(language)}${value}`);
  const lines: MarkLine[] = [];
  if (filled(meta.copyNumber)) lines.push({ kind: 'copyNumber', text: gbt ? meta.copyNumber : `${words.copyNumber} ${meta.copyNumber}`, source: 'meta.copyNumber' });
  const secrecy = secrecyText(briefing, gbt);
  if (secrecy) lines.push({ kind: 'secrecy', text: labelled('secrecy', secrecy), source: 'meta.secrecyLevel' });
  if (filled(meta.classification)) lines.push({ kind: 'note', text: meta.classification, source: 'meta.classification' });
  if (meta.urgencyLevel) lines.push({ kind: 'urgency', text: labelled('urgency', URGENCY_LABELS[meta.urgencyLevel][language]), source: 'meta.urgencyLevel' });
  if (filled(meta.urgency)) lines.push({ kind: 'note', text: meta.urgency, source: 'meta.urgency' });
  const names = signerNames(briefing);
  if (!gbt && names.length > 0) {
    lines.push({ kind: 'signers', text: `${words.signers}${colonOf(language)}${names.join(language === 'zh-CN' ? '、' : ', ')}`, source: 'meta.signers' });
  }
  return lines;
}

/** 签发人 for the issue line of a red 版头; a letterhead lists them among the marks instead. */
export function signersLine(briefing: Briefing, manifest: TemplateManifest): SignersLine | undefined {
  const names = signerNames(briefing);
  if (!isRedHeader(manifest) || names.length === 0) return undefined;
  const language = briefing.meta.language;
  return { label: `${LABELS[language].signers}${colonOf(language)}`, names, source: 'meta.signers' };
}

/** 第12期, 增刊第2期, 第12期（总第148期）; a number that is not all digits is printed as written. */
export function issueLineText(briefing: Briefing, manifest: TemplateManifest): string | undefined {
  const { meta } = briefing;
  const language = meta.language;
  const issue = meta.issueNumber?.trim();
  const total = meta.totalIssueNumber?.trim();
  const pattern = localize(manifest.masthead.issuePattern, language);
  let line = issue ? (/^\d+$/.test(issue) ? fillPattern(pattern, { n: issue }) : issue) : '';
  if (meta.supplement) line = language === 'zh-CN' ? `增刊${line}` : ['Supplement', line].filter(Boolean).join(' ');
  if (total) {
    const zh = language === 'zh-CN';
    const totalText = /^\d+$/.test(total) ? (zh ? `总第${total}期` : `No. ${total} overall`) : total;
    line = line === '' ? totalText : zh ? `${line}（${totalText}）` : `${line} (${totalText})`;
  }
  return line === '' ? undefined : line;
}

export function addresseesBlocks(briefing: Briefing, manifest: TemplateManifest): AddresseesBlock[] {
  const text = briefing.meta.addressees?.trim();
  if (!text) return [];
  const language = briefing.meta.language;
  if (!isRedHeader(manifest)) return [{ kind: 'addressees', text: `${LABELS[language].addressees}${colonOf(language)}${text}`, source: 'meta.addressees' }];
  // GB/T 9704 7.3.2: a full-width colon after the last addressee, unless the user already typed one.
  const colon = language === 'zh-CN' ? '：' : ':';
  const withColon = /[：:]$/.test(text) ? text : `${text}${colon}`;
  return [{ kind: 'addressees', text: withColon, source: 'meta.addressees' }];
}

export function attachmentsBlocks(briefing: Briefing, manifest: TemplateManifest): AttachmentsBlock[] {
  const names = (briefing.meta.attachments ?? []).map((name) => name.trim()).filter((name) => name !== '');
  if (names.length === 0) return [];
  const language = briefing.meta.language;
  const numbered = names.length > 1;
  return [
    {
      kind: 'attachments',
      label: `${LABELS[language].attachments}${colonOf(language)}`,
      items: names.map((name, i) => ({ number: numbered ? `${i + 1}.` : '', name })),
      indentChars: isRedHeader(manifest) ? 2 : 0,
      source: 'meta.attachments',
    },
  ];
}
