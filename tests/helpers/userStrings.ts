import { richTextLines, speakerName, visibleSections, type Briefing, type Section } from '../../core/model/index.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A date as a reader of this language expects it, whatever the template: 2025年3月18日 / 18 March 2025. */
export function readerDate(iso: string, language: Briefing['meta']['language']): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return language === 'zh-CN' ? `${y}年${m}月${d}日` : `${d} ${MONTHS[m - 1]} ${y}`;
}

/** Nothing to print: written out here, apart from the exporters, so the tests hold them to it. */
export function sectionIsEmpty(section: Section, briefing: Briefing): boolean {
  switch (section.type) {
    case 'attendees':
      return briefing.attendees.length === 0;
    case 'sites':
      return section.sites.length === 0;
    case 'remarks':
      return section.remarks.length === 0;
    case 'photos':
      return section.photoIds.length === 0;
    case 'text':
      return richTextLines(section.body).every((line) => line.trim() === '');
    case 'followUps':
      return section.items.length === 0;
    case 'distribution':
      return section.lines.length === 0 && !section.copies && !section.printedBy && !section.printDate;
  }
}

/** Every non-empty string the user typed (dates as a reader of the briefing's language writes them), unordered. */
export function userStrings(briefing: Briefing): string[] {
  const { meta } = briefing;
  const language = meta.language;
  const date = (iso: string | undefined) => (iso ? readerDate(iso, language) : undefined);
  const out: (string | undefined)[] = [
    meta.title,
    meta.subtitle,
    meta.issueNumber,
    date(meta.visitDate),
    meta.startTime,
    meta.endTime,
    meta.location,
    meta.organisationVisited,
    meta.issuingOffice,
    meta.author,
    meta.reviewer,
    meta.classification,
    meta.urgency,
    meta.copyNumber,
    meta.secrecyTerm,
    meta.totalIssueNumber,
    meta.addressees,
    ...(meta.signers ?? []),
    ...(meta.attachments ?? []),
  ];
  const sections = visibleSections(briefing).filter((s) => !sectionIsEmpty(s, briefing));
  const photoIds = new Set<string>();
  for (const section of sections) {
    out.push(section.heading);
    switch (section.type) {
      case 'attendees':
        for (const a of briefing.attendees) out.push(a.name, a.title, a.organisation);
        break;
      case 'sites':
        for (const site of section.sites) {
          out.push(site.name, site.time, ...richTextLines(site.description));
          site.photoIds.forEach((id) => photoIds.add(id));
        }
        break;
      case 'remarks':
        for (const remark of section.remarks) out.push(speakerName(briefing, remark), remark.role, ...richTextLines(remark.body));
        break;
      case 'photos':
        section.photoIds.forEach((id) => photoIds.add(id));
        break;
      case 'text':
        out.push(...richTextLines(section.body));
        break;
      case 'followUps':
        for (const item of section.items) out.push(item.action, item.owner, date(item.due));
        break;
      case 'distribution':
        out.push(...section.lines.map((l) => l.recipients), section.printedBy, date(section.printDate), section.copies?.toString());
        break;
    }
  }
  for (const m of briefing.media.filter((item) => photoIds.has(item.id))) out.push(m.caption, m.credit);
  return out.filter((s): s is string => typeof s === 'string' && s.trim() !== '');
}
