import { LineRuleType, type IRunStylePropertiesOptions, type ISpacingProperties } from 'docx';
import type { FontRole, LineSpacing } from '../../template/index.ts';
import { ptToHalfPoints, ptToTwips } from './units.ts';

const hex = (color: string): string => color.replace('#', '').toUpperCase();

/**
 * A template font role as Word run properties. Word takes one family per script, so the first of each fallback
 * list is used: the Windows name a Chinese office PC has (仿宋_GB2312, 黑体…), Latin text in its own face.
 */
export function runFont(role: FontRole, textColor?: string): IRunStylePropertiesOptions {
  const latin = role.latin[0];
  const color = role.color ?? textColor;
  return {
    font: { ascii: latin, hAnsi: latin, cs: latin, eastAsia: role.eastAsia[0] },
    size: ptToHalfPoints(role.sizePt),
    sizeComplexScript: ptToHalfPoints(role.sizePt),
    ...(role.bold ? { bold: true } : {}),
    ...(role.italic ? { italics: true } : {}),
    ...(color ? { color: hex(color) } : {}),
  };
}

export { hex as hexColor };

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
