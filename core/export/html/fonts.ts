import type { FontRole } from '../../template/index.ts';
import { cssString } from './escape.ts';

const GENERICS = new Set(['serif', 'sans-serif', 'monospace', 'cursive', 'fantasy', 'system-ui']);

/**
 * TrueType faces for the Han characters outside the Basic Multilingual Plane (Extension B and later: 𠮷, rare
 * surnames), tried after the template's own faces, which rarely have them: Windows ships SimSun-ExtB, Debian
 * fonts-hanazono HanaMinB. Without them Chromium falls back to Noto CJK, whose CFF outlines it prints as Type 3
 * fonts that readers extract out of order.
 */
const SUPPLEMENTARY_HAN = ['SimSun-ExtB', 'HanaMinB'];
/** OpenType/CFF CJK families (Chromium prints them as Type 3): the supplementary faces go before them. */
const CFF_CJK = /^(Noto (Serif|Sans) CJK|Source Han)/i;

/** The East Asian faces with the supplementary-Han faces before the first CFF family, or at the end. */
function withSupplementaryHan(faces: string[]): string[] {
  const at = faces.findIndex((face) => CFF_CJK.test(face));
  return at < 0 ? [...faces, ...SUPPLEMENTARY_HAN] : [...faces.slice(0, at), ...SUPPLEMENTARY_HAN, ...faces.slice(at)];
}

/**
 * A CSS font-family list: Latin faces first (they lack Han glyphs, so Chinese falls through to the East Asian
 * faces), then the East Asian faces, the faces for supplementary Han characters, then one generic. Generics written inside the template's lists are moved
 * to the end: a generic in the middle would resolve to the system's own CJK default and shadow the template's
 * later choices.
 */
export function fontFamily(role: FontRole): string {
  const named = [...role.latin, ...(role.eastAsia.length > 0 ? withSupplementaryHan(role.eastAsia) : [])];
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
