import type { BriefingDocument } from '../../../core/model/index.ts';

/**
 * An empty rich text: none at all, or the one empty paragraph an editor holds once its text is deleted. Both
 * print nothing, so a field typed into and emptied again is what was saved.
 */
function isEmptyRichText(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  if (value.length === 0) return true;
  if (value.length !== 1) return false;
  const block = value[0] as { type?: unknown; children?: unknown };
  if (block?.type !== 'paragraph' || !Array.isArray(block.children) || block.children.length !== 1) return false;
  const leaf = block.children[0] as Record<string, unknown>;
  return leaf?.text === '' && Object.keys(leaf).length === 1;
}

/**
 * Structural equality of plain JSON, answering "same" at once for identical references: edits copy only the path
 * they change, so comparing a document with one a few edits away costs the changed path, not the whole briefing.
 */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (isEmptyRichText(a) && isEmptyRichText(b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const keysB = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** Whether two documents hold the same briefing and the same image bytes (bytes are never mutated in place). */
export function sameDocument(a: BriefingDocument, b: BriefingDocument): boolean {
  if (a === b) return true;
  if (a.media.size !== b.media.size) return false;
  for (const [id, bytes] of a.media) if (b.media.get(id) !== bytes) return false;
  return same(a.briefing, b.briefing);
}
