import type { ListType } from '../nodes.ts';
import { styleValue } from './marks.ts';

/**
 * Word and WPS put lists on the clipboard as paragraphs, not <ul>/<ol>: each item is a
 * <p class=MsoListParagraph style='mso-list:l0 level1 lfo1'> whose bullet or number is literal text in a
 * <span style='mso-list:Ignore'>, often inside <![if !supportLists]> (which an HTML parser reads as comments).
 */
export function isWordListParagraph(element: Element): boolean {
  const value = styleValue(element.getAttribute('style') ?? '', 'mso-list');
  return value !== undefined && value !== 'none' && value !== 'ignore' && /\blevel\d/.test(value);
}

/** A Word list paragraph's level, from 0: `mso-list:l0 level2 lfo1` is 1. */
export function wordListLevel(element: Element): number {
  const value = styleValue(element.getAttribute('style') ?? '', 'mso-list') ?? '';
  const level = /\blevel(\d)/.exec(value);
  return level ? Math.max(0, Math.min(8, Number(level[1]) - 1)) : 0;
}

/** The span holding a Word list item's literal bullet or number, which the paste must drop. */
export function isWordListMarker(element: Element): boolean {
  return styleValue(element.getAttribute('style') ?? '', 'mso-list') === 'ignore';
}

/** Elements Word marks as hidden (field codes, hidden text) or that no browser would show. */
export function isHidden(element: Element): boolean {
  const style = element.getAttribute('style') ?? '';
  return styleValue(style, 'display') === 'none' || styleValue(style, 'mso-hide') === 'all' || element.hasAttribute('hidden');
}

const NUMBER_MARKER = [
  /^[(（]?\d+[.)．、）]?$/, // 1.  1)  (1)  1、
  /^[(（]?[a-z]{1,3}[.)．、）]$/i, // a.  b)  iv.
  /^[(（]?[一二三四五六七八九十百]+[.)．、）]$/, // 一、  （二）
  /^[①-⑳]$/,
];

/** Whether the marker text of a Word list item is a number ("1.", "a)", "一、") rather than a bullet ("·", "o", "§"). */
export function listTypeOfMarker(marker: string): ListType {
  const text = marker.replace(/[\s\u00a0]+/g, '');
  return NUMBER_MARKER.some((pattern) => pattern.test(text)) ? 'numbered-list' : 'bulleted-list';
}

/** The marker's own text, without the padding span Word puts after it. */
export function markerText(marker: Element): string {
  return (marker.textContent ?? '').trim();
}
