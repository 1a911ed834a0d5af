import { listLevelStyle } from '../plan/index.ts';
import type { TemplateManifest } from '../../template/index.ts';
import { cssString } from './escape.ts';

/** Word's number formats as CSS counter systems; the circled numbers stop at ⑳ and go on as plain numbers. */
const SYSTEMS: Record<string, string> = {
  decimal: 'system: extends decimal;',
  lowerLetter: 'system: extends lower-alpha;',
  lowerRoman: 'system: extends lower-roman;',
  decimalEnclosedCircle: `system: fixed; symbols: ${Array.from({ length: 20 }, (_, i) => `"${String.fromCodePoint(0x2460 + i)}"`).join(' ')}; fallback: decimal;`,
};

/** Levels the CSS numbers; deeper ones (the model stops at 8) repeat the cycle, as the DOCX numbering does. */
const LEVELS = 9;

/**
 * The markers of each list level, the same as the DOCX numbering's (listLevelStyle): one @counter-style per
 * ordered level, a bullet string per unordered one, and the indent of a nested list.
 */
export function listCss(manifest: TemplateManifest): string {
  const rules: string[] = ['.bc-list .bc-list { margin: 0; padding-left: 2em; }'];
  for (let level = 0; level < LEVELS; level++) {
    const ordered = listLevelStyle(manifest.language, true, level);
    const bullet = listLevelStyle(manifest.language, false, level);
    const name = `bc-ol-${level}`;
    rules.push(
      `@counter-style ${name} { ${SYSTEMS[ordered.format]} prefix: ${cssString(ordered.before)}; suffix: ${cssString(ordered.after + ' ')}; }`,
      `ol.bc-l${level} { list-style-type: ${name}; }`,
      `ul.bc-l${level} { list-style-type: ${cssString(bullet.before + ' ')}; }`,
    );
  }
  return rules.join('\n');
}
