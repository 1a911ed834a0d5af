import type { Briefing } from '../model/index.ts';
import { findFields, pathString, type FindField } from './fields.ts';
import { findInText, type FoldOptions } from './fold.ts';

export interface FindMatch {
  field: FindField;
  /** The field's path as validate names it: "meta.title", "sections[2].body[3]". */
  fieldPath: string;
  /** UTF-16 offsets into the field's text (a rich block's leaves joined). */
  start: number;
  end: number;
}

export const DEFAULT_FIND_OPTIONS: FoldOptions = { matchCase: false, ignoreWidth: true };

/** Every match of the query in the briefing, in editor order. Pure: the same briefing and query, the same list. */
export function findMatches(briefing: Briefing, query: string, options: FoldOptions = DEFAULT_FIND_OPTIONS): FindMatch[] {
  if (query === '') return [];
  return findFields(briefing).flatMap((field) =>
    findInText(field.text, query, options).map((range) => ({ field, fieldPath: pathString(field.path), ...range })),
  );
}
