import type { FontRole } from '../../template/index.ts';
import { cssString } from './escape.ts';

const GENERICS = new Set(['serif', 'sans-serif', 'monospace', 'cursive', 'fantasy', 'system-ui']);

/**
 * A CSS font-family list: Latin faces first (they lack Han glyphs, so Chinese falls through to the East Asian
 * faces), then the East Asian faces, then one generic. Generics written inside the template's lists are moved
 * to the end: a generic in the middle would resolve to the system's own CJK default and shadow the template's
 * later choices.
 */
export function fontFamily(role: FontRole): string {
  const named = [...role.latin, ...role.eastAsia];
  const faces = [...new Set(named.filter((name) => !GENERICS.has(name.toLowerCase())))];
  const generic = named.map((n) => n.toLowerCase()).find((n) => GENERICS.has(n)) ?? 'serif';
  return [...faces.map(cssString), generic].join(', ');
}

/** The declarations that set a role: family, size in pt, weight, style and colour. */
export function fontCss(role: FontRole): string {
  return [
    `font-family: ${fontFamily(role)};`,
    `font-size: ${role.sizePt}pt;`,
    `font-weight: ${role.bold ? 'bold' : 'normal'};`,
    `font-style: ${role.italic ? 'italic' : 'normal'};`,
    ...(role.color ? [`color: ${role.color};`] : []),
  ].join(' ');
}
