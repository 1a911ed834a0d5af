import type { ListBlock } from '../plan/index.ts';
import { runsHtml } from './runs.ts';
import { pathAttr } from './escape.ts';

/**
 * A plan list as nested HTML lists: an item one level deeper than the one before opens a list inside that item, as
 * Word's outline does. Each list carries its level's class (bc-l0, bc-l1…), which listCss numbers per the template's
 * language. Items keep their flat model path (`….children[i]`), whatever their depth.
 */
export function listHtml(block: ListBlock): string {
  const tag = block.ordered ? 'ol' : 'ul';
  const levels = block.levels ?? block.items.map(() => 0);
  const open = (level: number, extra = '') => `<${tag} class="bc-list bc-l${level}"${extra}>`;
  let html = open(0, pathAttr(block.source));
  let depth = 0;
  block.items.forEach((runs, i) => {
    const level = Math.min(levels[i] ?? 0, depth + 1);
    if (i > 0 && level > depth) {
      html += open(level);
    } else if (i > 0) {
      html += '</li>';
      for (; depth > level; depth--) html += `</${tag}></li>`;
    }
    depth = level;
    html += `<li${pathAttr(block.source && `${block.source}.children[${i}]`)}>${runsHtml(runs)}`;
  });
  html += '</li>';
  for (; depth > 0; depth--) html += `</${tag}></li>`;
  return `${html}</${tag}>`;
}
