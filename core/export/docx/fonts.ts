import { LineRuleType, type IRunStylePropertiesOptions, type ISpacingProperties } from 'docx';
import type { FontRole, LineSpacing, TemplateManifest } from '../../template/index.ts';
import { LINE_HEIGHT, type LineRole } from '../plan/lineHeights.ts';
import { docxFace } from './fontFacts.ts';
import { isOffGrid } from './grid.ts';
import { ptToHalfPoints, ptToTwips } from './units.ts';

/** "#e60012" → "E60012", as OOXML writes colours. */
export const hexColor = (color: string): string => color.replace('#', '').toUpperCase();

/**
 * A template font role as Word run properties. Word takes one family per script, so one face of each fallback
 * list is named: the first that every Windows 10/11 PC has (FangSong rather than 仿宋_GB2312, which only some
 * office PCs have), with the template's first choice as its alternative in the font table (see fontTable.ts).
 */
export function runFont(role: FontRole, textColor?: string): IRunStylePropertiesOptions {
  const latin = docxFace(role.latin);
  const color = role.color ?? textColor;
  return {
    font: { ascii: latin, hAnsi: latin, cs: latin, eastAsia: docxFace(role.eastAsia) },
    size: ptToHalfPoints(role.sizePt),
    sizeComplexScript: ptToHalfPoints(role.sizePt),
    ...(role.bold ? { bold: true } : {}),
    ...(role.italic ? { italics: true } : {}),
    ...(color ? { color: hexColor(color) } : {}),
  };
}

/**
 * The body's line spacing: exact points become an EXACT rule (twips). A multiple becomes an exact line of that
 * multiple of the font size, as CSS reads it (see LINE_HEIGHT for why not Word's own "multiple").
 */
export function bodyLineSpacing(spacing: LineSpacing, sizePt: number): ISpacingProperties {
  return 'exactPt' in spacing
    ? { line: ptToTwips(spacing.exactPt), lineRule: LineRuleType.EXACT }
    : { line: ptToTwips(spacing.multiple * sizePt), lineRule: LineRuleType.EXACT };
}

/**
 * Line spacing for a line set in another font than the body (title, masthead, headings, captions): as high as the
 * print HTML makes it. A role with a line height of its own (LINE_HEIGHT) gets that times its size. Otherwise an
 * exact body spacing grows to 1.2 times the font size (it would clip a larger font), and a multiple is that
 * multiple of the size.
 */
export function lineSpacingFor(spacing: LineSpacing, sizePt: number, role?: LineRole): ISpacingProperties {
  // Furniture with a line height of its own is off the grid: as high as the print HTML's, on any template.
  if (role) return { line: ptToTwips(LINE_HEIGHT[role] * sizePt), lineRule: LineRuleType.EXACT };
  if ('exactPt' in spacing) {
    return { line: ptToTwips(Math.max(spacing.exactPt, sizePt * 1.2)), lineRule: LineRuleType.EXACT };
  }
  return { line: ptToTwips(spacing.multiple * sizePt), lineRule: LineRuleType.EXACT };
}

/** runFont for a role of this template; text in another size than the body's stays off the character grid. */
export function templateRun(manifest: TemplateManifest, role: FontRole): IRunStylePropertiesOptions {
  return { ...runFont(role, manifest.colors.text), ...(isOffGrid(manifest, role) ? { snapToGrid: false } : {}) };
}
