import { AlignmentType, LevelFormat, type ILevelsOptions, type INumberingOptions } from 'docx';
import type { TemplateManifest } from '../../template/index.ts';
import { listLevelStyle } from '../plan/index.ts';
import { ptToTwips } from './units.ts';

export const LIST_REFERENCE = { bullet: 'briefing-bullet', decimal: 'briefing-decimal' } as const;

/** Word's nine list levels (w:ilvl 0–8), all defined so a nested item always finds its level. */
const LEVELS = 9;

const FORMATS = {
  decimal: LevelFormat.DECIMAL,
  lowerLetter: LevelFormat.LOWER_LETTER,
  lowerRoman: LevelFormat.LOWER_ROMAN,
  decimalEnclosedCircle: LevelFormat.DECIMAL_ENCLOSED_CIRCLE,
  bullet: LevelFormat.BULLET,
} as const;

/**
 * The two list kinds rich text has, each with nine levels numbered as the print HTML numbers them
 * (listLevelStyle: 1. → （1） → ① in Chinese, 1. → a. → i. in English; • → ◦ → ▪). Level 0 hangs from the body's
 * first-line indent, so a list lines up with the paragraphs around it; each deeper level steps in two characters.
 */
export function documentNumbering(manifest: TemplateManifest): INumberingOptions {
  const size = manifest.fonts.body.sizePt;
  const base = ptToTwips(Math.max(manifest.body.firstLineIndentChars, 1) * size);
  const step = ptToTwips(2 * size);
  const levels = (ordered: boolean): ILevelsOptions[] =>
    Array.from({ length: LEVELS }, (_, level) => {
      const style = listLevelStyle(manifest.language, ordered, level);
      // "（1）" is two and a half characters wide; the rest fit in one and a half.
      const hanging = ptToTwips((style.before.length + style.after.length > 1 ? 2.5 : 1.5) * size);
      const text = style.format === 'bullet' ? style.before : `${style.before}%${level + 1}${style.after}`;
      return {
        level,
        format: FORMATS[style.format],
        text,
        ...(ordered ? { start: 1 } : {}),
        alignment: AlignmentType.LEFT,
        style: { paragraph: { indent: { left: base + level * step + hanging, hanging, firstLineChars: 0 } } },
      };
    });
  return {
    config: [
      { reference: LIST_REFERENCE.bullet, levels: levels(false) },
      { reference: LIST_REFERENCE.decimal, levels: levels(true) },
    ],
  };
}

/** Hands out a new list instance per list, so every numbered list starts again at 1. */
export class ListInstances {
  private next = 0;

  take(): number {
    this.next += 1;
    return this.next;
  }
}
