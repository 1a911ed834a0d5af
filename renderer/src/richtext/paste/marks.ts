/** The marks in force at a point of pasted HTML. */
export interface Marks {
  bold: boolean;
  italic: boolean;
  underline: boolean;
}

export const NO_MARKS: Marks = { bold: false, italic: false, underline: false };

const BOLD_TAGS = new Set(['b', 'strong']);
const ITALIC_TAGS = new Set(['i', 'em', 'cite', 'var', 'dfn']);
const UNDERLINE_TAGS = new Set(['u', 'ins']);

/**
 * The marks inside `element`, given those outside it. Tags turn marks on, inline styles turn them on or off: Google
 * Docs wraps a whole paste in <b style="font-weight:normal">, which must not make everything bold.
 */
export function marksOf(element: Element, outer: Marks): Marks {
  const tag = element.localName;
  const style = element.getAttribute('style') ?? '';
  return {
    bold: styleFlag(style, 'font-weight', isBoldWeight) ?? (BOLD_TAGS.has(tag) || outer.bold),
    italic: styleFlag(style, 'font-style', (v) => v === 'italic' || v === 'oblique') ?? (ITALIC_TAGS.has(tag) || outer.italic),
    underline: underlineFlag(style) ?? (UNDERLINE_TAGS.has(tag) || outer.underline),
  };
}

/** The value of one declaration in an inline style attribute, lower-cased; Word writes them with line breaks. */
export function styleValue(style: string, property: string): string | undefined {
  for (const declaration of style.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon < 0) continue;
    if (declaration.slice(0, colon).trim().toLowerCase() === property) {
      return declaration.slice(colon + 1).replace(/!important/i, '').trim().toLowerCase();
    }
  }
  return undefined;
}

function styleFlag(style: string, property: string, on: (value: string) => boolean): boolean | undefined {
  const value = styleValue(style, property);
  return value === undefined || value === '' || value === 'inherit' ? undefined : on(value);
}

function isBoldWeight(value: string): boolean {
  if (value === 'bold' || value === 'bolder') return true;
  const weight = Number(value);
  return Number.isFinite(weight) && weight >= 600;
}

function underlineFlag(style: string): boolean | undefined {
  const value = styleValue(style, 'text-decoration-line') ?? styleValue(style, 'text-decoration') ?? styleValue(style, 'text-underline');
  if (value === undefined || value === '' || value === 'inherit') return undefined;
  return /underline|single|double/.test(value);
}
