import { dash } from './rules/dash.ts';
import { dateFormat } from './rules/dateFormat.ts';
import { doubledCharacter } from './rules/doubledCharacter.ts';
import { doubledPunctuation } from './rules/doubledPunctuation.ts';
import { doubledWord } from './rules/doubledWord.ts';
import { ellipsis } from './rules/ellipsis.ts';
import { emptyBody } from './rules/emptyBody.ts';
import { figureReference } from './rules/figureReference.ts';
import { fullwidthDigits } from './rules/fullwidthDigits.ts';
import { halfwidthPunctuation } from './rules/halfwidthPunctuation.ts';
import { headingHierarchy } from './rules/headingHierarchy.ts';
import { headingMarker } from './rules/headingMarker.ts';
import { invisibleCharacters } from './rules/invisibleCharacters.ts';
import { latinInChinese } from './rules/latinInChinese.ts';
import { leaderNotFirst } from './rules/leaderNotFirst.ts';
import { pairedMarks } from './rules/pairedMarks.ts';
import { organisationMismatch } from './rules/organisationMismatch.ts';
import { percentMixed } from './rules/percentMixed.ts';
import { rangeMixed } from './rules/rangeMixed.ts';
import { requiredForExport } from './rules/requiredForExport.ts';
import { seriesIssueGap } from './rules/seriesIssueGap.ts';
import { spaceBetweenCjk } from './rules/spaceBetweenCjk.ts';
import { speakerNotAttendee } from './rules/speakerNotAttendee.ts';
import { straightQuotes } from './rules/straightQuotes.ts';
import { titleMismatch } from './rules/titleMismatch.ts';
import { titlePunctuation } from './rules/titlePunctuation.ts';
import { visitAfterPrint } from './rules/visitAfterPrint.ts';
import type { Rule } from './types.ts';

/** Every rule, in the order the settings list shows them: punctuation, numbers, conventions, consistency, slips. */
export const RULES: readonly Rule[] = [
  halfwidthPunctuation, pairedMarks, straightQuotes, doubledPunctuation, ellipsis, dash, spaceBetweenCjk,
  fullwidthDigits, dateFormat, percentMixed, rangeMixed,
  headingMarker, headingHierarchy, titlePunctuation, seriesIssueGap,
  titleMismatch, organisationMismatch, speakerNotAttendee, leaderNotFirst, figureReference, emptyBody, visitAfterPrint, requiredForExport,
  doubledCharacter, doubledWord, latinInChinese, invisibleCharacters,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
