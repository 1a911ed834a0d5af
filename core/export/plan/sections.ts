import { speakerName, type Briefing, type Section } from '../../model/index.ts';
import { fillPattern, label, localize, type TemplateManifest } from '../../template/index.ts';
import { attendeeBlocks } from './attendees.ts';
import { planDate } from './planDate.ts';
import type { Block, DistributionBlock, EmptySectionBlock, TableBlock } from './blocks.ts';
import { contentColumnWidths } from './columnWidths.ts';
import type { FigureCounter } from './figures.ts';
import type { HeadingCounter } from './headingCounter.ts';
import { richTextBlocks, withLeadIn } from './richText.ts';

export interface PlanContext {
  briefing: Briefing;
  manifest: TemplateManifest;
  headings: HeadingCounter;
  figures: FigureCounter;
}

/** "展厅（15:00）" / "Exhibition hall (15:00)" */
function withAside(main: string, aside: string | undefined, language: string): string {
  if (!aside) return main;
  return language === 'zh-CN' ? `${main}（${aside}）` : `${main} (${aside})`;
}

function figures(ids: readonly string[], section: Section, ctx: PlanContext, base: string): Block[] {
  const chosen = section.type === 'photos' || section.type === 'sites' ? section.photoLayout : undefined;
  const layout = chosen ?? ctx.manifest.photos.layout;
  return ids.flatMap((id, index) => {
    const figure = ctx.figures.figure(id, layout);
    return figure ? [{ ...figure, source: `${base}.photoIds[${index}]` }] : [];
  });
}

/** The section's model path: its index among all the briefing's sections, hidden ones included. */
export function sectionPath(section: Section, ctx: PlanContext): string {
  return `sections[${ctx.briefing.sections.indexOf(section)}]`;
}

function sectionHeading(section: Section, ctx: PlanContext): string {
  if (section.heading) return section.heading;
  if (section.type === 'text') return section.heading;
  return label(ctx.manifest, ctx.briefing.meta.language, section.type);
}

function contentBlocks(section: Section, ctx: PlanContext): Block[] {
  const { briefing, manifest } = ctx;
  const path = sectionPath(section, ctx);
  const language = briefing.meta.language;
  const colon = language === 'zh-CN' ? '：' : ': ';
  switch (section.type) {
    case 'attendees':
      return attendeeBlocks(briefing, manifest).map((block) => ({ ...block, source: path }));
    case 'sites':
      return section.sites.flatMap((site, s): Block[] => {
        const at = `${path}.sites[${s}]`;
        return [
          { kind: 'heading', level: 2, number: ctx.headings.next(2), text: withAside(site.name, site.time, language), source: at },
          ...richTextBlocks(site.description, ctx.headings, 2, `${at}.description`),
          ...figures(site.photoIds, section, ctx, at),
        ];
      });
    case 'remarks':
      return section.remarks.flatMap((remark, r) => {
        const who = withAside(speakerName(briefing, remark), remark.role, language);
        const at = `${path}.remarks[${r}]`;
        return withLeadIn(richTextBlocks(remark.body, ctx.headings, 1, `${at}.body`), `${who}${colon}`, at);
      });
    case 'photos':
      return figures(section.photoIds, section, ctx, path);
    case 'text':
      return richTextBlocks(section.body, ctx.headings, 1, `${path}.body`);
    case 'followUps':
      if (section.items.length === 0) return [];
      return [{ ...followUpTable(section, ctx), source: path }];
    case 'distribution':
      return [];
  }
}

/** Action, owner, due date: columns as wide as their content allows (see contentColumnWidths). */
function followUpTable(section: Extract<Section, { type: 'followUps' }>, ctx: PlanContext): TableBlock {
  const { manifest } = ctx;
  const language = ctx.briefing.meta.language;
  const header = (['action', 'owner', 'due'] as const).map((key) => label(manifest, language, key));
  const rows = section.items.map((item) => [item.action, item.owner ?? '', item.due ? planDate(item.due, manifest, language) : '']);
  const columns = header.map((h, i) => [h, ...rows.map((row) => row[i] ?? '')]);
  const rowSources = section.items.map((_, i) => `${sectionPath(section, ctx)}.items[${i}]`);
  return { kind: 'table', role: 'followUps', header, widths: contentColumnWidths(manifest, manifest.fonts.table, columns), groups: [{ rows, rowSources }] };
}

/** 报/送/发 lines, then "printed by … on …" and the number of copies. */
export function distributionBlock(section: Extract<Section, { type: 'distribution' }>, ctx: PlanContext): DistributionBlock {
  const { briefing, manifest } = ctx;
  const language = briefing.meta.language;
  const style = manifest.distribution;
  const printDate = section.printDate ? planDate(section.printDate, manifest, language) : '';
  const printedBy =
    section.printedBy || printDate
      ? fillPattern(localize(style.printedByPattern, language), { office: section.printedBy ?? '', date: printDate }).trim()
      : undefined;
  const copies = section.copies ? fillPattern(localize(style.copiesPattern, language), { n: section.copies }) : undefined;
  return {
    kind: 'distribution',
    lines: section.lines.map((line) => ({ label: localize(style.labels[line.kind], language), text: line.recipients })),
    ...(printedBy ? { printedBy } : {}),
    ...(copies ? { copies } : {}),
    atFootOfLastPage: style.atFootOfLastPage,
  };
}

export function sectionBlocks(section: Section, ctx: PlanContext): Block[] {
  if (section.type === 'distribution') return [{ ...distributionBlock(section, ctx), source: sectionPath(section, ctx) }];
  // A gallery of photos all printed already (under their sites) would be a heading over nothing.
  if (section.type === 'photos' && section.photoIds.every((id) => ctx.figures.isPrinted(id))) return [];
  // The section takes its number before its content numbers its sub-parts, so "{1}.{2}" reads 2.1, not 1.1.
  const heading: Block = { kind: 'heading', level: 1, number: ctx.headings.next(1), text: sectionHeading(section, ctx), source: sectionPath(section, ctx) };
  return [heading, ...contentBlocks(section, ctx)];
}

/** An empty section as the preview shows it: its heading, unnumbered, so the printed sections keep their numbers. */
export function emptySectionBlock(section: Section, ctx: PlanContext): EmptySectionBlock {
  return { kind: 'emptySection', text: sectionHeading(section, ctx), source: sectionPath(section, ctx) };
}
