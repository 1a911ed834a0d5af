import { AlignmentType, LevelFormat, type INumberingOptions } from 'docx';
import type { TemplateManifest } from '../../template/index.ts';
import { ptToTwips } from './units.ts';

export const LIST_REFERENCE = { bullet: 'briefing-bullet', decimal: 'briefing-decimal' } as const;

/**
 * The two list kinds rich text has. Items hang from the body's first-line indent, so a list lines up with the
 * paragraphs around it.
 */
export function documentNumbering(manifest: TemplateManifest): INumberingOptions {
  const size = manifest.fonts.body.sizePt;
  const hanging = ptToTwips(1.5 * size);
  const left = ptToTwips(Math.max(manifest.body.firstLineIndentChars, 1) * size) + hanging;
  const paragraph = { indent: { left, hanging, firstLineChars: 0 } };
  return {
    config: [
      {
        reference: LIST_REFERENCE.bullet,
        levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: { paragraph } }],
      },
      {
        reference: LIST_REFERENCE.decimal,
        levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', start: 1, alignment: AlignmentType.LEFT, style: { paragraph } }],
      },
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
