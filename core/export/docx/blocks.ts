import type { Paragraph, Table } from 'docx';
import type { Block } from '../plan/index.ts';
import type { DocxContext } from './context.ts';
import { distributionBlock } from './distribution.ts';
import { figureParagraphs } from './figure.ts';
import type { ListInstances } from './numbering.ts';
import { planTable } from './table.ts';
import { bodyParagraph, headingParagraph, listParagraphs } from './text.ts';

/** One plan block as the Word paragraphs and tables that print it. */
export function blockContent(block: Block, ctx: DocxContext, lists: ListInstances): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [headingParagraph(block)];
    case 'paragraph':
      return [bodyParagraph(block)];
    case 'list':
      return listParagraphs(block, lists);
    case 'table':
      return [planTable(block, ctx)];
    case 'figure':
      return figureParagraphs(block, ctx);
    case 'distribution':
      return distributionBlock(block, ctx);
  }
}
