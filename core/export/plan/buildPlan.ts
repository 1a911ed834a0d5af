import { isSectionEmpty, visibleSections, type Briefing, type Section } from '../../model/index.ts';
import { formatDate, label, localize, type TemplateManifest } from '../../template/index.ts';
import { creditsBlocks, openingBlocks } from './opening.ts';
import { addresseesBlocks, attachmentsBlocks, issueLineText, markLines, signersLine } from './gongwen.ts';
import { planDate } from './planDate.ts';
import type { Block, LayoutPlan, Masthead } from './blocks.ts';
import { FigureCounter } from './figures.ts';
import { HeadingCounter } from './headingCounter.ts';
import { emptySectionBlock, sectionBlocks, type PlanContext } from './sections.ts';

/** GB/T 9704 dates a bulletin by its issue: the print date when the distribution block has one, else the visit. */
function issueDate(briefing: Briefing): string {
  const distribution = briefing.sections.find((s) => s.type === 'distribution' && !s.hidden);
  return (distribution?.type === 'distribution' && distribution.printDate) || briefing.meta.visitDate;
}

function masthead(briefing: Briefing, manifest: TemplateManifest): Masthead {
  const { meta } = briefing;
  const m = manifest.masthead;
  const organisation = m.organisation ? localize(m.organisation, meta.language) : meta.issuingOffice;
  const issue = issueLineText(briefing, manifest);
  const marks = markLines(briefing, manifest);
  const signers = signersLine(briefing, manifest);
  return {
    layout: m.layout,
    name: localize(m.name, meta.language),
    ...(organisation ? { organisation } : {}),
    ...(m.logo ? { logo: m.logo } : {}),
    ...(issue ? { issueLine: issue } : {}),
    ...(meta.issuingOffice ? { office: meta.issuingOffice } : {}),
    date: planDate(issueDate(briefing), manifest, meta.language),
    marks: marks.map((mark) => mark.text),
    markLines: marks,
    ...(signers ? { signers } : {}),
  };
}

function metaLines(briefing: Briefing, manifest: TemplateManifest): LayoutPlan['metaLines'] {
  if (manifest.masthead.layout !== 'letterhead') return [];
  const { meta } = briefing;
  const lang = meta.language;
  const time = [meta.startTime, meta.endTime].filter(Boolean).join('–');
  const date = planDate(meta.visitDate, manifest, lang) + (time ? (lang === 'zh-CN' ? ` ${time}` : `, ${time}`) : '');
  const candidates: [Parameters<typeof label>[2], string | undefined][] = [
    ['date', date],
    ['location', [meta.organisationVisited, meta.location].filter(Boolean).join(lang === 'zh-CN' ? '，' : ', ') || undefined],
    ['author', meta.author],
    ['reviewer', meta.reviewer],
  ];
  return candidates
    .filter((entry): entry is [Parameters<typeof label>[2], string] => Boolean(entry[1]))
    .map(([key, value]) => ({ label: label(manifest, lang, key), value }));
}

export interface PlanOptions {
  /** For the live preview: empty sections stay in the plan as EmptySectionBlocks (documents leave them out). */
  emptySections?: boolean;
}

/** Lays a briefing out for a template. Pure and deterministic: the same input always gives the same plan. */
export function buildPlan(briefing: Briefing, manifest: TemplateManifest, options: PlanOptions = {}): LayoutPlan {
  const ctx: PlanContext = {
    briefing,
    manifest,
    headings: new HeadingCounter(manifest),
    figures: new FigureCounter(briefing, manifest),
  };
  // An empty section prints nothing, not even its heading, and takes no number.
  const sections = visibleSections(briefing).filter((section) => options.emptySections || !isSectionEmpty(section, briefing));
  const laidOut = (section: Section): Block[] => (isSectionEmpty(section, briefing) ? [emptySectionBlock(section, ctx)] : sectionBlocks(section, ctx));
  // The distribution block closes the document whatever its place in the outline (GB/T 9704 版记).
  const body = sections.filter((s) => s.type !== 'distribution');
  const closing = sections.filter((s) => s.type === 'distribution');
  const blocks: Block[] = [
    ...addresseesBlocks(briefing, manifest),
    ...openingBlocks(briefing, manifest),
    ...body.flatMap(laidOut),
    ...attachmentsBlocks(briefing, manifest),
    ...creditsBlocks(briefing, manifest),
    ...closing.flatMap(laidOut),
  ];
  const { meta } = briefing;
  return {
    language: meta.language,
    masthead: masthead(briefing, manifest),
    title: meta.title,
    ...(meta.subtitle ? { subtitle: meta.subtitle } : {}),
    metaLines: metaLines(briefing, manifest),
    blocks,
    properties: {
      title: meta.title,
      ...(meta.author ? { author: meta.author } : {}),
      subject: [meta.organisationVisited, formatDate(meta.visitDate, 'iso')].filter(Boolean).join(' · '),
    },
  };
}
