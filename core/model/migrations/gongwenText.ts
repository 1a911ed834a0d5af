import type { SecrecyLevel, UrgencyLevel } from '../gongwen.ts';

/**
 * Reading the free-text 密级 and 紧急程度 of format 2 ("秘密★1年", "机密★三个月", "Secret", "特急", "urgent") as the
 * fixed choices of format 3. Text that names no level is not guessed at: the caller keeps it as written.
 */

const SECRECY_WORDS: [RegExp, SecrecyLevel][] = [
  [/^(?:绝密|top[\s-]?secret)$/i, 'top-secret'],
  [/^(?:机密|secret)$/i, 'secret'],
  [/^(?:秘密|confidential)$/i, 'confidential'],
];

const URGENCY_WORDS: [RegExp, UrgencyLevel][] = [
  [/^(?:特急|特提|immediate|extra[\s-]?urgent|most[\s-]?urgent|flash)$/i, 'immediate'],
  [/^(?:加急|急件|urgent)$/i, 'urgent'],
];

/** Full-width letters and marks as their half-width forms, runs of white space as one. */
function normalise(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

export interface ParsedSecrecy {
  level: SecrecyLevel;
  term?: string;
}

/** "秘密" → confidential; "机密★三个月" → secret, term "三个月"; "Secret ★ 1 year" → secret, "1 year". */
export function parseSecrecyText(text: string): ParsedSecrecy | undefined {
  const clean = normalise(text);
  // ★ survives NFKC; a typed * or ☆ stands in for it on keyboards without one.
  const match = /^(.+?)(?:\s*[★☆*]\s*(.*))?$/.exec(clean);
  if (!match) return undefined;
  const word = match[1]!.trim();
  const level = SECRECY_WORDS.find(([pattern]) => pattern.test(word))?.[1];
  if (!level) return undefined;
  const term = match[2]?.trim();
  if (term === undefined || term === '') return { level };
  if (term.length > 20 || /[★☆*]/.test(term)) return undefined;
  return { level, term };
}

export function parseUrgencyText(text: string): UrgencyLevel | undefined {
  const clean = normalise(text);
  return URGENCY_WORDS.find(([pattern]) => pattern.test(clean))?.[1];
}
