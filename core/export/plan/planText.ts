import type { Block, LayoutPlan, Run } from './blocks.ts';

const joinRuns = (runs: readonly Run[]) => runs.map((r) => r.text).join('');

function blockTexts(block: Block): string[] {
  switch (block.kind) {
    case 'heading':
      return [block.number + block.text];
    case 'paragraph':
      return [joinRuns(block.runs)];
    case 'list':
      return block.items.map(joinRuns);
    case 'figure':
      return [block.caption, ...(block.credit ? [block.credit] : [])];
    case 'table':
      return [
        ...block.header,
        ...block.groups.flatMap((g) => [...(g.label ? [g.label] : []), ...g.rows.flat().filter((cell) => cell !== '')]),
      ];
    case 'richTable':
      return block.rows.flatMap((row) => row.map(joinRuns));
    case 'addressees':
      return [block.text];
    case 'attachments':
      return block.items.map((item, i) => (i === 0 ? block.label : '') + item.number + item.name);
    case 'emptySection':
      return [];
    case 'distribution':
      return [
        ...block.lines.map((l) => l.label + l.text),
        ...(block.printedBy ? [block.printedBy] : []),
        ...(block.copies ? [block.copies] : []),
      ];
  }
}

/**
 * Every piece of text the plan prints, in reading order (masthead first, page furniture excluded).
 * Tests hold the DOCX and PDF text against this; it is the "model's text in order".
 */
export function planText(plan: LayoutPlan): string[] {
  const m = plan.masthead;
  // What each masthead layout prints, top to bottom (see Masthead).
  const masthead =
    m.layout === 'cn-red-header'
      ? [...m.marks, m.name, m.issueLine, ...(m.signers ? [m.signers.label + m.signers.names.join('')] : []), m.office, m.date]
      : [...m.marks, m.organisation, m.name, m.issueLine];
  const head = [...masthead, plan.title, plan.subtitle];
  const meta = plan.metaLines.map((line) => line.value);
  return [...head, ...meta, ...plan.blocks.flatMap(blockTexts)].filter(
    (text): text is string => typeof text === 'string' && text.trim() !== '',
  );
}
