import type { HeadingBlock, LaidOutBlock, ParagraphBlock } from '../plan/index.ts';
import { escapeHtml, pathAttr } from './escape.ts';
import { distributionHtml } from './distribution.ts';
import { emptySectionHtml } from './emptySections.ts';
import { figureRunHtml } from './figures.ts';
import type { HtmlContext } from './context.ts';
import { listHtml } from './lists.ts';
import { richTableHtml } from './richTable.ts';
import { runsHtml } from './runs.ts';
import { tableHtml } from './tables.ts';
import { addresseesHtml, attachmentsHtml } from './gongwenMarks.ts';

export { runsHtml };

/** The title is h1, so plan levels 1..4 are h2..h5: the PDF outline nests sections, sites and inner headings. */
function headingHtml(block: HeadingBlock): string {
  const tag = `h${block.level + 1}`;
  const number = block.number === '' ? '' : `<span class="bc-num">${escapeHtml(block.number)}</span>`;
  return `<${tag} class="bc-h${block.level}"${pathAttr(block.source)}>${number}${escapeHtml(block.text)}</${tag}>`;
}

function paragraphHtml(block: ParagraphBlock): string {
  if (block.style === 'quote') return `<blockquote class="bc-quote"${pathAttr(block.source)}>${runsHtml(block.runs)}</blockquote>`;
  return `<p class="bc-${block.style}"${pathAttr(block.source)}>${runsHtml(block.runs)}</p>`;
}

export function blockHtml(block: LaidOutBlock, ctx: HtmlContext): string {
  switch (block.kind) {
    case 'heading':
      return headingHtml(block);
    case 'paragraph':
      return paragraphHtml(block);
    case 'list':
      return listHtml(block);
    case 'figureRun':
      return figureRunHtml(block, ctx);
    case 'table':
      return tableHtml(block);
    case 'richTable':
      return richTableHtml(block);
    case 'distribution':
      return distributionHtml(block, ctx);
    case 'addressees':
      return addresseesHtml(block);
    case 'attachments':
      return attachmentsHtml(block);
    case 'emptySection':
      return emptySectionHtml(block, ctx);
  }
}
