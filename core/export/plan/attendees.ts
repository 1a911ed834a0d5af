import { groupAttendees, type Attendee, type Briefing, type Language } from '../../model/index.ts';
import { fillPattern, label, localize, type TemplateManifest } from '../../template/index.ts';
import type { Block } from './blocks.ts';
import { contentColumnWidths } from './columnWidths.ts';

/**
 * "市人大常委会副主任张三" / "Zhang San (Deputy Director, City Congress)": the organisation goes before the title in
 * Chinese, unless the title already names it ("市人大常委会副主任" with organisation "市人大常委会").
 */
function personInSentence(attendee: Attendee, language: Language): string {
  const title = attendee.title?.trim() ?? '';
  const organisation = attendee.organisation?.trim() ?? '';
  if (language === 'zh-CN') {
    const prefix = organisation && !title.includes(organisation) ? organisation + title : title;
    return `${prefix}${attendee.name}`;
  }
  const aside = [title, organisation].filter((part) => part !== '').join(', ');
  return aside ? `${attendee.name} (${aside})` : attendee.name;
}

/** "自治区人大常委会副主任张晓钦带队，杨跃平、张孔参加调研，董晓磊陪同。" — the run-in paragraph of Chinese briefings. */
function runInParagraph(briefing: Briefing, manifest: TemplateManifest): Block[] {
  const runIn = manifest.attendees.runIn;
  const language = briefing.meta.language;
  if (!runIn) throw new Error(`template "${manifest.id}": attendees.runIn is required for the run-in style`);
  const t = (text: Parameters<typeof localize>[0]) => localize(text, language);
  const names = (people: Attendee[]) => people.map((p) => personInSentence(p, language)).join(t(runIn.nameSeparator));
  const clauses: string[] = [];
  for (const run of groupAttendees(briefing.attendees, manifest.attendees.groupOrder)) {
    if (run.group === 'delegation') {
      const leaders = run.attendees.filter((a) => a.leader);
      const members = run.attendees.filter((a) => !a.leader);
      if (leaders.length > 0) clauses.push(fillPattern(t(runIn.leader), { names: names(leaders) }));
      if (members.length > 0) clauses.push(fillPattern(t(runIn.delegation), { names: names(members) }));
    } else {
      clauses.push(fillPattern(t(runIn[run.group]), { names: names(run.attendees) }));
    }
  }
  if (clauses.length === 0) return [];
  return [{ kind: 'paragraph', style: 'body', runs: [{ text: clauses.join(t(runIn.clauseSeparator)) + t(runIn.end) }] }];
}

/** One table, a group row per side (delegation, host…), people in protocol order within it. */
function attendeeTable(briefing: Briefing, manifest: TemplateManifest): Block[] {
  const language = briefing.meta.language;
  const groups = groupAttendees(briefing.attendees, manifest.attendees.groupOrder).map((run) => ({
    label: label(manifest, language, `group.${run.group}`),
    rows: run.attendees.map((a) => [a.name, a.title ?? '', a.organisation ?? '']),
    rowSources: run.attendees.map((a) => `attendees[${briefing.attendees.indexOf(a)}]`),
  }));
  if (groups.length === 0) return [];
  const header = [label(manifest, language, 'name'), label(manifest, language, 'title'), label(manifest, language, 'organisation')];
  const columns = header.map((h, i) => [h, ...groups.flatMap((g) => g.rows.map((row) => row[i] ?? ''))]);
  return [{ kind: 'table', role: 'attendees', header, widths: contentColumnWidths(manifest, manifest.fonts.table, columns), groups }];
}

export function attendeeBlocks(briefing: Briefing, manifest: TemplateManifest): Block[] {
  return manifest.attendees.style === 'table' ? attendeeTable(briefing, manifest) : runInParagraph(briefing, manifest);
}
