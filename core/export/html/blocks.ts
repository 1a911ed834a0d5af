import type { HeadingBlock, LaidOutBlock, ListBlock, ParagraphBlock, Run } from '../plan/index.ts';
import { escapeHtml, pathAttr } from './escape.ts';
import { distributionHtml } from './distribution.ts';
import { emptySectionHtml } from './emptySections.ts';
import { figureRunHtml } from './figures.ts';
import type { HtmlContext } from './context.ts';
import { tableHtml } from './tables.ts';

export function runsHtml(runs: readonly Run[]): string {
  return runs
    .map((run) => {
      let html = escapeHtml(run.text);
      if (run.underline) html = `<u>${html}</u>`;
      if (run.italic) html = `<em>${html}</em>`;
      if (run.bold) html = `<strong>${html}</strong>`;
      return html;
    })
    .join('');
}

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

function listHtml(block: ListBlock): string {
  const tag = block.ordered ? 'ol' : 'ul';
  const item = (runs: Run[], i: number) => `<li${pathAttr(block.source && `${block.source}.children[${i}]`)}>${runsHtml(runs)}</li>`;
  return `<${tag} class="bc-list"${pathAttr(block.source)}>${block.items.map(item).join('')}</${tag}>`;
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
    case 'distribution':
      return distributionHtml(block, ctx);
    case 'emptySection':
      return emptySectionHtml(block, ctx);
  }
}
