import { localize, type TemplateManifest } from '../../template/index.ts';
import type { Language } from '../../model/index.ts';
import { cssString } from './escape.ts';
import { fontCss } from './fonts.ts';
import { num, type PageGeometry } from './geometry.ts';

type Side = 'left' | 'center' | 'right';

/** "Page {n} of {total}" → `"Page " counter(page) " of " counter(pages)`; other text stays literal. */
export function pageNumberContent(pattern: string): string {
  const parts = pattern.split(/(\{n\}|\{total\})/).filter((part) => part !== '');
  if (parts.length === 0) return '""';
  return parts
    .map((part) => (part === '{n}' ? 'counter(page)' : part === '{total}' ? 'counter(pages)' : cssString(part)))
    .join(' ');
}

function marginBox(side: Side, content: string, manifest: TemplateManifest, geometry: PageGeometry): string {
  const numbers = manifest.pageNumbers;
  // Sit the number's baseline area footerDistance above the sheet's edge, but never outside the margin.
  const lift = Math.min(manifest.page.footerDistanceMm, Math.max(0, geometry.margins.bottom - 8));
  const inset = side === 'center' ? '' : ` padding-${side}: ${num(numbers.insetChars)}em;`;
  return (
    `  @bottom-${side} { content: ${content}; ${fontCss(numbers.font)} text-align: ${side};` +
    ` vertical-align: bottom; padding-bottom: ${num(lift)}mm;${inset} }`
  );
}

/**
 * The sheet: size, margins and the page number in the bottom margin. Odd pages are right-hand pages and even
 * pages left-hand ones (the first page of a left-to-right document is a right page), which is how GB/T 9704
 * puts "— 1 —" at the right and "— 2 —" at the left.
 */
export function pageCss(manifest: TemplateManifest, geometry: PageGeometry, language: Language): string {
  const { margins } = geometry;
  const content = pageNumberContent(localize(manifest.pageNumbers.pattern, language));
  const { odd, even } = manifest.pageNumbers;
  const size = `${geometry.size} ${geometry.orientation}`;
  const rules = [
    `@page { size: ${size}; margin: ${num(margins.top)}mm ${num(margins.right)}mm ${num(margins.bottom)}mm ${num(margins.left)}mm; }`,
    `@page :right {\n${marginBox(odd, content, manifest, geometry)}\n}`,
    `@page :left {\n${marginBox(even, content, manifest, geometry)}\n}`,
  ];
  if (!manifest.pageNumbers.numberFirstPage) {
    const none = (['left', 'center', 'right'] as const).map((side) => `  @bottom-${side} { content: none; }`).join('\n');
    rules.push(`@page :first {\n${none}\n}`);
  }
  return rules.join('\n');
}
