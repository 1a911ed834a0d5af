import { LineRuleType, type IRunStylePropertiesOptions, type ISpacingProperties } from 'docx';
import type { FontRole, LineSpacing, TemplateManifest } from '../../template/index.ts';
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

/** The body's line spacing: exact points become an EXACT rule (twips), a multiple becomes AUTO in 240ths. */
export function bodyLineSpacing(spacing: LineSpacing): ISpacingProperties {
  return 'exactPt' in spacing
    ? { line: ptToTwips(spacing.exactPt), lineRule: LineRuleType.EXACT }
    : { line: Math.round(240 * spacing.multiple), lineRule: LineRuleType.AUTO };
}

/**
 * Line spacing for a line set in a larger font than the body (title, masthead, headings). An exact body spacing
 * would clip it, so it grows to 1.2 times the font size; a multiple is kept as it is.
 */
export function lineSpacingFor(spacing: LineSpacing, sizePt: number): ISpacingProperties {
  if ('exactPt' in spacing) {
    return { line: ptToTwips(Math.max(spacing.exactPt, sizePt * 1.2)), lineRule: LineRuleType.EXACT };
  }
  return bodyLineSpacing(spacing);
}

/** runFont for a role of this template; text in another size than the body's stays off the character grid. */
export function templateRun(manifest: TemplateManifest, role: FontRole): IRunStylePropertiesOptions {
  return { ...runFont(role, manifest.colors.text), ...(isOffGrid(manifest, role) ? { snapToGrid: false } : {}) };
}
