import { describe, expect, it } from 'vitest';
import { missingContent, newBriefing, newSection, type Briefing, type Section } from '../../../../core/model/index.ts';
import { exportProblems } from '../export/exportProblems.ts';

/** A briefing with one blank of every kind missingContent knows. */
function allBlanks(): Briefing {
  const b = newBriefing('cn-work-briefing', 'zh-CN', { title: '', summary: '总结' });
  const fill = (section: Section): Section => {
    switch (section.type) {
      case 'sites':
        return { ...section, sites: [{ id: 's1', name: '车间', description: [], photoIds: [] }, { id: 's2', name: ' ', description: [], photoIds: [] }] };
      case 'remarks':
        return { ...section, remarks: [{ id: 'm1', speaker: { name: '' }, body: [] }] };
      case 'followUps':
        return { ...section, items: [{ id: 'f1', action: '' }] };
      case 'distribution':
        return { ...section, lines: [{ kind: 'report', recipients: '市委' }, { kind: 'send', recipients: '' }] };
      default:
        return section;
    }
  };
  return {
    ...b,
    attendees: [{ id: 'a1', name: '张三', group: 'delegation' }, { id: 'a2', name: '', group: 'host' }] as Briefing['attendees'],
    sections: [...b.sections.map(fill), { ...newSection('text', ''), heading: '' } as Section],
  };
}

describe('what an export needs, located for the user', () => {
  it('places every blank missingContent finds, with its field, its 1-based position and the DOM id to focus', () => {
    const briefing = allBlanks();
    const problems = exportProblems(briefing);
    expect(problems).toHaveLength(missingContent(briefing).length);
    const text = briefing.sections.find((s) => s.type === 'text' && s.heading === '')!;
    expect(problems.map((p) => [p.field, p.position?.n, p.fieldId])).toEqual([
      ['metaTitle', undefined, 'meta-title'],
      ['attendee_name', 2, 'attendee-a2-name'],
      ['siteName', 2, 'site-s2-name'],
      ['remarkSpeaker', 1, 'remark-m1-speaker'],
      ['followUpAction', 1, 'followup-f1-action'],
      ['distributionRecipients', 2, `${briefing.sections.find((s) => s.type === 'distribution')!.id}-line-1-recipients`],
      ['textHeading', undefined, `text-${text.id}-heading`],
    ]);
  });
});
