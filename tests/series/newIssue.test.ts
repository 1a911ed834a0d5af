import { describe, expect, it } from 'vitest';
import { BriefingSchema } from '../../core/model/index.ts';
import { briefingForIssue, issueLabel } from '../../core/series/index.ts';
import { sampleSeries } from './fixtures.ts';

const labels = { title: '', summary: '综述' };

describe('a new issue of a series', () => {
  it('carries template, office, recipients, copies, printer and the ticked standing attendees, and nothing else', () => {
    const series = sampleSeries({
      standingAttendees: [
        { name: '王建国', title: '主任', organisation: '江州市人大常委会', group: 'host', leader: true },
        { name: '李明', group: 'host', leader: false },
      ],
    });
    const b = briefingForIssue(series, { year: 2026, issue: 13, total: 149, supplement: false }, { language: 'zh-CN', labels, standingAttendees: [0] });
    expect(BriefingSchema.safeParse(b).success).toBe(true);
    expect(b.meta).toMatchObject({ templateId: 'cn-work-briefing', issueNumber: '13', totalIssueNumber: '149', seriesId: 'jz-work', issuingOffice: '江州市人大常委会办公厅', title: '' });
    expect(b.meta.supplement).toBeUndefined();
    expect(b.attendees.map((a) => [a.name, a.title, a.leader])).toEqual([['王建国', '主任', true]]);
    const distribution = b.sections.find((s) => s.type === 'distribution');
    expect(distribution).toMatchObject({ lines: series.recipients, copies: 40, printedBy: series.printedBy });
    expect(b.media).toEqual([]);
  });

  it('brings no standing attendees unless ticked, and marks a supplement (no total)', () => {
    const b = briefingForIssue(sampleSeries(), { year: 2026, issue: 2, supplement: true }, { language: 'zh-CN', labels });
    expect(b.attendees).toEqual([]);
    expect(b.meta).toMatchObject({ issueNumber: '2', supplement: true });
    expect(b.meta.totalIssueNumber).toBeUndefined();
    expect(issueLabel({ year: 2026, issue: 2, supplement: true }, 'zh-CN')).toBe('2026年增刊第2期');
    expect(issueLabel({ year: 2026, issue: 13, total: 149, supplement: false }, 'en')).toBe('2026 No. 13 (total 149)');
  });

  it('adds a distribution section to an English briefing only when the series has recipients', () => {
    const en = briefingForIssue(sampleSeries({ templateId: 'en-visit-report' }), { year: 2026, issue: 1, total: 1, supplement: false }, { language: 'en', labels });
    expect(en.sections.filter((s) => s.type === 'distribution')).toHaveLength(1);
    const bare = briefingForIssue(sampleSeries({ recipients: [], copies: undefined, printedBy: undefined }), { year: 2026, issue: 1, total: 1, supplement: false }, { language: 'en', labels });
    expect(bare.sections.filter((s) => s.type === 'distribution')).toHaveLength(0);
  });
});
