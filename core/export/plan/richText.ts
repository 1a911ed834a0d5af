import { leavesText, type RichTable, type RichText, type TextLeaf } from '../../model/index.ts';
import type { TemplateManifest } from '../../template/index.ts';
import type { Block, RichTableBlock, Run } from './blocks.ts';
import { contentColumnWidths } from './columnWidths.ts';
import type { HeadingCounter } from './headingCounter.ts';
import { listLevels } from './listLevels.ts';

export function runsOf(leaves: readonly TextLeaf[]): Run[] {
  return leaves
    .filter((leaf) => leaf.text !== '')
    .map((leaf) => ({
      text: leaf.text,
      ...(leaf.bold ? { bold: true } : {}),
      ...(leaf.italic ? { italic: true } : {}),
      ...(leaf.underline ? { underline: true } : {}),
    }));
}

/**
 * Slate nodes to plan blocks. Headings written inside rich text sit one level below the heading they are under,
 * the same in every section: under a section heading (五、总结) the editor's level 1 is the plan's level 2
 * (（一）), under a site heading (（一）) it is level 3 (1.); deeper levels follow, down to the last (（1）).
 */
export function richTextBlocks(richText: RichText, headings: HeadingCounter, parentLevel: 1 | 2 | 3, base?: string): Block[] {
  return richText.map((node, index): Block => ({ ...richTextBlock(node, headings, parentLevel), ...(base ? { source: `${base}[${index}]` } : {}) }));
}

function richTextBlock(node: RichText[number], headings: HeadingCounter, parentLevel: 1 | 2 | 3): Block {
  switch (node.type) {
    case 'paragraph':
      return { kind: 'paragraph', style: 'body', runs: runsOf(node.children) };
    case 'block-quote':
      return { kind: 'paragraph', style: 'quote', runs: runsOf(node.children) };
    case 'heading': {
      const level = Math.min(4, parentLevel + node.level) as 2 | 3 | 4;
      return { kind: 'heading', level, number: headings.next(level), text: node.children.map((c) => c.text).join('') };
    }
    case 'bulleted-list':
    case 'numbered-list': {
      const levels = listLevels(node.children);
      return {
        kind: 'list',
        ordered: node.type === 'numbered-list',
        items: node.children.map((item) => runsOf(item.children)),
        ...(levels.some((level) => level > 0) ? { levels } : {}),
      };
    }
    case 'table':
      return richTableBlock(node, headings.manifest);
  }
}

/** A rich-text table with every row padded to the longest, its columns sized to their text as the follow-ups are. */
function richTableBlock(table: RichTable, manifest: TemplateManifest): RichTableBlock {
  const columns = Math.max(...table.children.map((row) => row.children.length));
  const rows = table.children.map((row) =>
    Array.from({ length: columns }, (_, c) => {
      const cell = row.children[c];
      return cell ? runsOf(cell.children) : [];
    }),
  );
  const texts = Array.from({ length: columns }, (_, c) => table.children.flatMap((row) => leavesText(row.children[c]?.children ?? []).split('\n')));
  return { kind: 'richTable', header: table.header === true, widths: contentColumnWidths(manifest, manifest.fonts.table, texts), rows };
}

/** Puts a bold lead-in ("张三：") before the first paragraph, or as its own paragraph when the text opens otherwise. */
export function withLeadIn(blocks: Block[], leadIn: string, source?: string): Block[] {
  const [first, ...rest] = blocks;
  const lead: Run = { text: leadIn, bold: true };
  if (first && first.kind === 'paragraph' && first.style === 'body') {
    return [{ ...first, runs: [lead, ...first.runs] }, ...rest];
  }
  return [{ kind: 'paragraph', style: 'body', runs: [lead], ...(source ? { source } : {}) }, ...blocks];
}
