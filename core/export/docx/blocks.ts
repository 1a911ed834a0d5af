import type { Paragraph, Table } from 'docx';
import type { LaidOutBlock } from '../plan/index.ts';
import type { DocxContext } from './context.ts';
import { distributionBlock } from './distribution.ts';
import { figureRunContent } from './figure.ts';
import type { ListInstances } from './numbering.ts';
import { richTable } from './richTable.ts';
import { planTable } from './table.ts';
import { addresseesParagraph, attachmentsParagraphs } from './gongwenMarks.ts';
import { bodyParagraph, headingParagraph, listParagraphs } from './text.ts';

/** One plan block as the Word paragraphs and tables that print it. */
export function blockContent(block: LaidOutBlock, ctx: DocxContext, lists: ListInstances): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [headingParagraph(block)];
    case 'paragraph':
      return [bodyParagraph(block)];
    case 'list':
      return listParagraphs(block, lists);
    case 'table':
      return [planTable(block, ctx)];
    case 'richTable':
      return [richTable(block, ctx)];
    case 'figureRun':
      return figureRunContent(block, ctx);
    case 'distribution':
      return distributionBlock(block, ctx);
    case 'addressees':
      return [addresseesParagraph(block)];
    case 'attachments':
      return attachmentsParagraphs(block, ctx);
    case 'emptySection':
      // Only the preview's plan has these; a document leaves empty sections out.
      return [];
  }
}
