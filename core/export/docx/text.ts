import { Paragraph } from 'docx';
import type { HeadingBlock, ListBlock, ParagraphBlock } from '../plan/index.ts';
import { STYLE } from './context.ts';
import { LIST_REFERENCE, type ListInstances } from './numbering.ts';
import { plainRuns, textRuns } from './runs.ts';

/** A heading in Word's own Heading 1-3 style; the plan's number ("一、", "1.2 ") is printed as text before it. */
export function headingParagraph(block: HeadingBlock): Paragraph {
  return new Paragraph({
    style: STYLE.headings[block.level - 1],
    children: [...(block.number ? plainRuns(block.number) : []), ...plainRuns(block.text)],
  });
}

const PARAGRAPH_STYLE = { body: STYLE.normal, quote: STYLE.quote, plain: STYLE.plain, credits: STYLE.credits } as const;

export function bodyParagraph(block: ParagraphBlock): Paragraph {
  return new Paragraph({ style: PARAGRAPH_STYLE[block.style], children: textRuns(block.runs) });
}

/**
 * One paragraph per item, all in a list instance of their own, so a numbered list always starts at 1; a nested
 * item is the same list at a deeper w:ilvl, which Word restarts under each new parent item.
 */
export function listParagraphs(block: ListBlock, instances: ListInstances): Paragraph[] {
  const reference = block.ordered ? LIST_REFERENCE.decimal : LIST_REFERENCE.bullet;
  const instance = instances.take();
  return block.items.map(
    (runs, i) =>
      new Paragraph({ style: STYLE.listItem, numbering: { reference, level: block.levels?.[i] ?? 0, instance }, children: textRuns(runs) }),
  );
}
