import type { EmptySectionBlock } from '../plan/index.ts';
import type { HtmlContext } from './context.ts';
import { escapeHtml, pathAttr } from './escape.ts';

export const EMPTY_SECTION_CLASS = 'bc-empty-section';

/**
 * An empty section in the live preview: its heading greyed, unnumbered, with the note that it will not be printed.
 * Only a preview asks for these (printHtml's `emptySections`); printing hides them all the same.
 */
export function emptySectionHtml(block: EmptySectionBlock, ctx: HtmlContext): string {
  const heading = block.text ? `<p class="bc-empty-heading">${escapeHtml(block.text)}</p>` : '';
  const note = `<p class="bc-empty-note">${escapeHtml(ctx.emptySectionNote ?? '')}</p>`;
  return `<section class="${EMPTY_SECTION_CLASS}" aria-disabled="true"${pathAttr(block.source)}>${heading}${note}</section>`;
}

export const emptySectionCss = `
.${EMPTY_SECTION_CLASS} { color: #8c8c8c; border: 1px dashed #c8c8c8; border-radius: 2pt; padding: 2pt 8pt; margin: 6pt 0;
  text-indent: 0; letter-spacing: normal; break-inside: avoid; }
.${EMPTY_SECTION_CLASS} p { margin: 0; }
.bc-empty-heading { font-weight: bold; }
.bc-empty-note { font-size: 0.75em; font-style: italic; }
@media print { .${EMPTY_SECTION_CLASS} { display: none !important; } }
`;
